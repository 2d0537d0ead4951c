package org.hrdcasework.engagements;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hrdcasework.documents.Csv;
import org.hrdcasework.documents.HtmlDocument;

/** Prints a briefing pack: printable HTML (paper or PDF through the browser) or CSV. Code names only. */
final class BriefingPackDocument {

    static final String CLASSIFICATION = "RESTRICTED · DEFENDERS BY CODE NAME ONLY · DO NOT FORWARD";
    private static final List<String> HEADERS = List.of("Case", "Defender (code name)", "Threat", "Stage",
            "Risk tier", "Risk level", "What to raise", "Meeting with the defender");

    private BriefingPackDocument() {
    }

    static String html(EngagementService.BriefingPack pack) {
        EngagementRecord e = pack.engagement();
        HtmlDocument doc = new HtmlDocument("Briefing pack " + e.reference(), CLASSIFICATION);
        doc.facts(List.of(
                List.of("Engagement", e.reference()),
                List.of("Mission", e.missionId()),
                List.of("Kind", label(e.kind().name())),
                List.of("Visitor", label(e.visitorLevel().name())),
                List.of("Scheduled on", e.scheduledOn().toString()),
                List.of("Status", label(e.status().name())),
                List.of("Compiled", e.packCompiledAt() == null ? "not yet"
                        : e.packCompiledAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
                List.of("Open cases", Integer.toString(pack.entries().size()))));
        doc.paragraph("Defenders appear by code name only. What may be said about each case follows the consent "
                + "register as it stands today: valid public consent means the case may be raised publicly; quiet "
                + "consent only means raise it privately, never publicly; without valid consent, do not raise it.");

        doc.heading("Cases of the mission");
        doc.table(HEADERS, pack.entries().stream().map(BriefingPackDocument::cells).toList(),
                "The mission has no open cases.");

        doc.heading("May be raised publicly");
        doc.table(List.of("Case", "Defender (code name)", "Threat"), subset(pack, Recommendation.RAISE_PUBLICLY),
                "No case may be raised publicly.");
        doc.heading("Raise privately only, never publicly");
        doc.table(List.of("Case", "Defender (code name)", "Threat"), subset(pack, Recommendation.RAISE_PRIVATELY),
                "No case is for private mention only.");
        doc.heading("Do not raise");
        doc.table(List.of("Case", "Defender (code name)", "Threat"), subset(pack, Recommendation.DO_NOT_RAISE),
                "Every case may be raised in some form.");

        doc.heading("Proposed defender meetings");
        doc.paragraph("Proposed only where the defender gave valid public consent: a meeting with a visiting official "
                + "is seen by the host state and exposes the defender as a public statement would. The case officer "
                + "confirms each meeting with the defender before it is arranged.");
        doc.table(List.of("Case", "Defender (code name)", "Risk tier"), pack.entries().stream()
                        .filter(PackEntry::meetingProposed)
                        .map(p -> List.of(p.caseReference(), p.codeName(), tier(p.urgencyTier())))
                        .toList(),
                "No meeting is proposed.");
        return doc.render();
    }

    static String csv(EngagementService.BriefingPack pack) {
        Csv csv = new Csv().row(HEADERS);
        pack.entries().forEach(p -> csv.row(cells(p)));
        return csv.render();
    }

    private static List<List<String>> subset(EngagementService.BriefingPack pack, Recommendation recommendation) {
        return pack.entries().stream().filter(p -> p.recommendation() == recommendation)
                .map(p -> List.of(p.caseReference(), p.codeName(), label(p.threatType())))
                .toList();
    }

    private static List<String> cells(PackEntry p) {
        List<String> cells = new ArrayList<>();
        cells.add(p.caseReference());
        cells.add(p.codeName());
        cells.add(label(p.threatType()));
        cells.add(label(p.stage()));
        cells.add(tier(p.urgencyTier()));
        cells.add(p.riskLevel() == null ? "not assessed" : label(p.riskLevel()));
        cells.add(p.recommendation().advice());
        cells.add(p.meetingProposed() ? "meeting proposed" : "no meeting");
        return cells;
    }

    private static String tier(Integer tier) {
        return tier == null ? "not set" : "Tier " + tier;
    }

    /** DEATH_THREAT becomes "Death threat". */
    static String label(String constant) {
        if (constant == null || constant.isEmpty()) {
            return "";
        }
        String words = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
