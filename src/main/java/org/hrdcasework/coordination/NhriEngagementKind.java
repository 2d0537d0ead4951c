package org.hrdcasework.coordination;

/** How the mission engaged a national human-rights institution. */
enum NhriEngagementKind {
    MEETING, CASE_REFERRAL, CAPACITY_SUPPORT, JOINT_MONITORING, OTHER
}
