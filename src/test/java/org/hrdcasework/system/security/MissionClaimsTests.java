package org.hrdcasework.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The claim's rule: {@code mission:role}, a role alone, a translation table; nothing unknown gets in. */
class MissionClaimsTests {

    private static final Set<String> MISSIONS = Set.of("mission-alpha", "mission-beta");

    @Test
    void missionAndRolePairsGiveMissionsAndRoles() {
        MissionClaims.Grants grants = new MissionClaims(List.of()).read(
                List.of("mission-alpha:case-officers", "mission-beta:supervisors", "process-designers"), MISSIONS::contains);
        assertThat(grants.missions()).containsExactlyInAnyOrder("mission-alpha", "mission-beta");
        assertThat(grants.groups()).containsExactlyInAnyOrder("case-officers", "supervisors", "process-designers");
        assertThat(grants.ignored()).isZero();
    }

    @Test
    void unknownRolesMissingMissionsAndOtherValuesGrantNothing() {
        MissionClaims.Grants grants = new MissionClaims(List.of()).read(List.of("mission-gamma:case-officers",
                "mission-alpha:janitors", "Domain Users", "mission-alpha:", ":case-officers", "MISSION-ALPHA:case-officers"),
                MISSIONS::contains);
        assertThat(grants.missions()).isEmpty();
        assertThat(grants.groups()).isEmpty();
        assertThat(grants.ignored()).isEqualTo(6);
    }

    @Test
    void aSingleValueOrNoClaimIsRead() {
        MissionClaims claims = new MissionClaims(List.of());
        assertThat(claims.read("mission-alpha:case-officers", MISSIONS::contains).missions()).containsExactly("mission-alpha");
        assertThat(claims.read(null, MISSIONS::contains).groups()).isEmpty();
        assertThat(claims.read(42, MISSIONS::contains).groups()).isEmpty();
    }

    @Test
    void theMappingTranslatesProviderValuesFirst() {
        MissionClaims claims = new MissionClaims(List.of("3f2b9c1e-0000-4000-8000-000000000001=mission-alpha:case-officers",
                "3f2b9c1e-0000-4000-8000-000000000001=mission-beta:case-officers", "/hq/desk=mission-alpha:headquarters"));
        MissionClaims.Grants grants = claims.read(List.of("3f2b9c1e-0000-4000-8000-000000000001", "/hq/desk"), MISSIONS::contains);
        assertThat(grants.missions()).containsExactlyInAnyOrder("mission-alpha", "mission-beta");
        assertThat(grants.groups()).containsExactlyInAnyOrder("case-officers", "headquarters");
    }

    @Test
    void aMalformedMappingStopsTheStart() {
        assertThatThrownBy(() -> new MissionClaims(List.of("no-target"))).hasMessageContaining("hrd.oidc.mapping");
        assertThatThrownBy(() -> new MissionClaims(List.of("value="))).hasMessageContaining("hrd.oidc.mapping");
    }
}
