package vn.motcua.portalsync.support;

import io.quarkus.test.common.QuarkusTestResource;
import vn.motcua.testsupport.RealInfrastructure;

/** Every @QuarkusTest of this module runs against one real PostgreSQL, one real Kafka and the simulated portal. */
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "portal"))
@QuarkusTestResource(value = SimulatedPortalResource.class, restrictToAnnotatedClass = false)
public class PortalSyncTestInfra {
}
