package org.hrdcasework.coordination;

/** Where a case is brought at the UN. */
enum UnForum {
    HRC_SESSION, UNGA_THIRD_COMMITTEE, SPECIAL_PROCEDURE
}
