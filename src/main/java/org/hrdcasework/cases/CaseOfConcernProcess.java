package org.hrdcasework.cases;

/** Ids and variable names of processes/CaseOfConcern.bpmn, shared by glue code and tests. */
public final class CaseOfConcernProcess {

    public static final String KEY = "CaseOfConcern";

    public static final String START_THREAT_REPORTED = "StartEvent_ThreatReported";
    public static final String TASK_VERIFY_REPORT = "Task_VerifyReport";
    public static final String GATEWAY_VERIFICATION_OUTCOME = "Gateway_VerificationOutcome";
    public static final String END_REPORT_VERIFIED = "EndEvent_ReportVerified";
    public static final String END_REPORT_REJECTED = "EndEvent_ReportRejected";
    public static final String END_LINKED_TO_OPEN_CASE = "EndEvent_LinkedToOpenCase";

    /** Process variables: ids and routing facts only, never identities or narratives. */
    public static final class Vars {
        public static final String CASE_ID = "caseId";
        public static final String CASE_REFERENCE = "caseReference";
        public static final String MISSION_ID = "missionId";
        public static final String THREAT_TYPE = "threatType";
        public static final String VERIFICATION_OUTCOME = "verificationOutcome";

        /** Form fields of VerifyReport.form. */
        public static final String IS_DEFENDER = "isDefender";
        public static final String LINKED_TO_HUMAN_RIGHTS_WORK = "linkedToHumanRightsWork";
        public static final String DUPLICATE_OF_REFERENCE = "duplicateOfReference";

        private Vars() {
        }
    }

    /** Values of the yes/no radio fields in forms. */
    public static final String YES = "YES";
    public static final String NO = "NO";

    private CaseOfConcernProcess() {
    }
}
