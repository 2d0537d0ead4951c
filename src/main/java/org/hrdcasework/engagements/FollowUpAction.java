package org.hrdcasework.engagements;

/** The follow-up of a case raised at a visit or dialogue (form FollowUpEngagement), and the route each takes. */
public enum FollowUpAction {
    /** The defender is told what was said; nothing more. */
    FEEDBACK_TO_DEFENDER("NONE"),
    /** A demarche on the host state's answer starts on the case. */
    DEMARCHE("DEMARCHE"),
    /** The follow-up is reported to headquarters. */
    REPORT_TO_HEADQUARTERS("HEADQUARTERS"),
    NO_FURTHER_ACTION("NONE");

    private final String route;

    FollowUpAction(String route) {
        this.route = route;
    }

    /** The value of followUpRoute the model's gateway reads. */
    public String route() {
        return route;
    }
}
