package vn.motcua.platform.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.motcua.testsupport.RealInfrastructure;

/** Every @QuarkusTest of the platform module runs against one real PostgreSQL and one real Kafka. */
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "platform"))
public class PlatformTestInfra {
}
