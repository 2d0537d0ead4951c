package org.hrdcasework.cases;

/** How the threat report reached the mission. */
public enum ReportChannel {
    WALK_IN, PHONE_OR_MESSAGE, LIAISON_OFFICER, NGO_REFERRAL, PARTNER_EMBASSY, MEDIA_MONITORING, OTHER
}
