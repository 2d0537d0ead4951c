package org.hrdcasework.reporting;

/** A task completed in the period: how long it was open, and whether it met its level-1 deadline (null: no due date). */
record CompletedTask(String taskKey, double hours, Boolean metDeadline) {
}
