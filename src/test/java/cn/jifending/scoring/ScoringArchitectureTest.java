package cn.jifending.scoring;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The scoring engine is plain Java: no Spring, MyBatis-Plus, DingTalk or Jackson. */
class ScoringArchitectureTest {

    static final JavaClasses SCORING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jifending.scoring");

    /** A rule over no classes passes vacuously: prove the importer found the code the rules speak of. */
    @Test
    void theRulesSeeTheApplicationClasses() {
        assertThat(SCORING.contain("cn.jifending.scoring.ScoreCalculator")).isTrue();
        assertThat(SCORING.contain("cn.jifending.scoring.Scheme")).isTrue();
        assertThat(SCORING.size()).isGreaterThan(20);
    }

    @Test
    void scoringIsPlainJava() {
        noClasses().that().resideInAPackage("cn.jifending.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.baomidou..",
                        "org.apache.ibatis..", "com.dingtalk..", "com.aliyun..", "com.fasterxml.jackson..",
                        "tools.jackson..", "jakarta.persistence..")
                .check(SCORING);
    }

    @Test
    void scoringUsesNoOtherModule() {
        noClasses().that().resideInAPackage("cn.jifending.scoring..")
                .should().dependOnClassesThat(resideInAPackage("cn.jifending..")
                        .and(resideOutsideOfPackage("cn.jifending.scoring..")))
                .check(SCORING);
    }

    @Test
    void internalsAreOnlyUsedInsideScoring() {
        noClasses().that().resideOutsideOfPackage("cn.jifending.scoring..")
                .should().dependOnClassesThat().resideInAPackage("cn.jifending.scoring.internal..")
                .allowEmptyShould(true)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("cn.jifending"));
    }
}
