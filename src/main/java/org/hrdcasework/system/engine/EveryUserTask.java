package org.hrdcasework.system.engine;

import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A listener that {@link UserTaskConventions} attaches to every user task of every model, so that
 * no designer can forget it. Features declare theirs as beans of this type: the due date and
 * escalation watch (escalation/EscalationTaskListener), the case stage (cases/CaseStageListener),
 * the code name on Tasklist's card (system/tasklist/TaskCardListener) and the record of each
 * completed form (records/TaskRecordListener).
 */
public interface EveryUserTask extends TaskListener {

    /** On assignment and complete: the four-eyes rule, before anything is recorded (FourEyesListener). */
    int FOUR_EYES = 5;
    /** On complete: the record of the form first (an invalid answer aborts the completion). */
    int RECORD = 10;
    /** On create: the due date and the escalation watch, before anything reads the due date. */
    int ESCALATION = 20;
    /** On create: the case's stage. */
    int CASE_STAGE = 30;
    /** On create: what Tasklist's card of the task shows (system/tasklist/TaskCardListener). */
    int TASK_CARD = 40;

    /** Lower runs first, for each event. */
    int order();

    /** The task events it listens to ({@link TaskListener#EVENTNAME_CREATE}, ...). */
    Set<String> events();
}
