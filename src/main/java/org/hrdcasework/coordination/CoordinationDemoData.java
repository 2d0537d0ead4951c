package org.hrdcasework.coordination;

import java.util.List;
import java.util.UUID;
import org.hrdcasework.cases.DemoCasesSeeded;
import org.hrdcasework.identity.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo missions' partner missions (institutions' public names). Idempotent: a partner a mission
 * already has by that name is left as it is. Runs once the application (and its migrations) is up. Real missions' partners are kept by their
 * supervisors and senior officials ({@code /api/partner-missions}).
 */
@Component
@Profile("demo")
class CoordinationDemoData implements ApplicationRunner {

    static final UUID ALPHA_NORWAY = UUID.fromString("0c7d3a10-5d1e-4b8a-9a51-000000000a01");
    static final UUID ALPHA_EU = UUID.fromString("0c7d3a10-5d1e-4b8a-9a51-000000000a02");
    static final UUID ALPHA_OHCHR = UUID.fromString("0c7d3a10-5d1e-4b8a-9a51-000000000a03");
    static final UUID BETA_CANADA = UUID.fromString("0c7d3a10-5d1e-4b8a-9a51-000000000b01");

    private static final List<PartnerMission> PARTNERS = List.of(
            new PartnerMission(ALPHA_NORWAY, "mission-alpha", "Embassy of Norway", PartnerKind.EMBASSY, true),
            new PartnerMission(ALPHA_EU, "mission-alpha", "Delegation of the European Union", PartnerKind.EU_DELEGATION, true),
            new PartnerMission(ALPHA_OHCHR, "mission-alpha", "OHCHR country office", PartnerKind.UN_OFFICE, true),
            new PartnerMission(BETA_CANADA, "mission-beta", "Embassy of Canada", PartnerKind.EMBASSY, true));

    private final CoordinationMapper mapper;
    private final CaseSharingService sharing;

    CoordinationDemoData(CoordinationMapper mapper, CaseSharingService sharing) {
        this.mapper = mapper;
        this.sharing = sharing;
    }

    @Override
    public void run(ApplicationArguments args) {
        PARTNERS.forEach(mapper::insertPartnerIfAbsent);
    }

    /** The first sample case of mission Alpha is to be shared with Norway and the EU (its consent is still to be sought). */
    @EventListener
    void onDemoCases(DemoCasesSeeded seeded) {
        if (seeded.hasEveryRole()) {
            sharing.request(seeded.as("officer", Roles.CASE_OFFICERS), seeded.references().get(0), List.of(ALPHA_NORWAY, ALPHA_EU));
        }
    }
}
