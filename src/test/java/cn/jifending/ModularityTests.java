package cn.jifending;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries of src/docs/modules.md: no cycles, no reaching into another module's internals. */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(JifenApplication.class).verify();
    }
}
