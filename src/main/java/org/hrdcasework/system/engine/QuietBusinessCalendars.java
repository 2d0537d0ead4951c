package org.hrdcasework.system.engine;

import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's business calendars (timer and task due dates), whose errors quote the date the
 * expression evaluated to ("Exception while resolving duedate '...'"): here they say only that the
 * value is not an ISO 8601 date, duration or cycle. The engine keeps these messages in jobs and
 * incidents and returns them to API callers.
 */
final class QuietBusinessCalendars {

    static final String MESSAGE = "A due date, duration or cycle could not be resolved: the value is not an ISO 8601 "
            + "date, duration or cycle (the value is not shown)";

    private QuietBusinessCalendars() {
    }

    static BusinessCalendarManager create() {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new Duration());
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDate());
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new Cycle());
        return calendars;
    }

    /** The calendar's answer, or an error without the value it could not read. */
    private static Date quietly(Supplier<Date> resolution) {
        try {
            return resolution.get();
        } catch (ProcessEngineException e) {
            throw new ProcessEngineException(MESSAGE);
        }
    }

    private static final class Duration extends DurationBusinessCalendar {
        @Override
        public Date resolveDuedate(String duedate, Task task) {
            return quietly(() -> super.resolveDuedate(duedate, task));
        }

        @Override
        public Date resolveDuedate(String duedate, Date startDate) {
            return quietly(() -> super.resolveDuedate(duedate, startDate));
        }
    }

    private static final class DueDate extends DueDateBusinessCalendar {
        @Override
        public Date resolveDuedate(String duedate, Task task) {
            return quietly(() -> super.resolveDuedate(duedate, task));
        }

        @Override
        public Date resolveDuedate(String duedate, Date startDate) {
            return quietly(() -> super.resolveDuedate(duedate, startDate));
        }
    }

    private static final class Cycle extends CycleBusinessCalendar {
        @Override
        public Date resolveDuedate(String duedate, Task task) {
            return quietly(() -> super.resolveDuedate(duedate, task));
        }

        @Override
        public Date resolveDuedate(String duedate, Date startDate, long repeatOffset) {
            return quietly(() -> super.resolveDuedate(duedate, startDate, repeatOffset));
        }
    }
}
