package cl.slep.encuentros;

import static org.assertj.core.api.Assertions.assertThat;

import cl.slep.fixture.modules.FixtureApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The architecture is checked by the build: each module declares the modules it may use, and verify() fails when
 * code reaches anywhere else (or into another module's internals, or in a cycle).
 */
class ModularityTests {

    /** The intended arrows (DESIGN.md); surveys, broadcasts and web join when they exist. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "bot", Set.of("participants", "messaging", "scheduler", "encuentros"),
            "encuentros", Set.of("participants"),
            "messaging", Set.of(),
            "participants", Set.of("messaging"),
            "scheduler", Set.of("participants", "messaging", "encuentros"),
            "simulator", Set.of(),
            "demo", Set.of("participants", "encuentros"),
            "civiltime", Set.of(),
            "runmode", Set.of());

    private final ApplicationModules modules = ApplicationModules.of(EncuentrosApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void theExpectedModulesExist() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void everyModuleDeclaresWhatItMayUse() throws ClassNotFoundException {
        for (var module : modules) {
            String name = module.getIdentifier().toString();
            ApplicationModule declaration = Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            assertThat(declaration).as("@ApplicationModule on %s's package-info", name).isNotNull();
            assertThat(Set.of(declaration.allowedDependencies())).as(name).isEqualTo(ALLOWED.get(name));
        }
    }

    @Test
    void theLeavesStayLeaves() {
        for (var module : modules) {
            Set<String> uses = module.getDirectDependencies(modules).uniqueModules()
                    .map(target -> target.getIdentifier().toString()).collect(Collectors.toSet());
            assertThat(uses).as("%s may not use the bot or the simulator", module.getIdentifier())
                    .doesNotContain("bot", "simulator");
            if (Set.of("messaging", "simulator").contains(module.getIdentifier().toString())) {
                assertThat(uses).as("%s uses no domain module", module.getIdentifier())
                        .isSubsetOf("civiltime", "runmode");
            }
        }
    }

    @Test
    void aModuleReachingWhereItsDeclarationForbidsFailsTheCheck() {
        // Test classes are left out of the import by default; the fixture is one.
        var violations = ApplicationModules.of(FixtureApplication.class.getPackageName(), location -> true)
                .detectViolations();

        assertThat(violations.hasViolations()).isTrue();
        assertThat(violations.getMessages()).anySatisfy(message -> assertThat(message).contains("messaging")
                .contains("participants"));
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Files.exists(Path.of("target/spring-modulith-docs/components.puml"))).isTrue();
    }
}
