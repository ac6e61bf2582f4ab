package vn.motcua.dashboard.support;

import io.quarkus.test.common.QuarkusTestResource;
import vn.motcua.testsupport.RealInfrastructure;

/** Every @QuarkusTest of this module runs against one real PostgreSQL and one real Kafka. */
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "dashboard"))
public class DashboardTestInfra {
}
