package org.hrdcasework.system.engine;

/**
 * Two tasks of one process that two different people must do: whoever did {@code drafting} (a
 * statement, a summary for partners, a UN submission) can never do {@code clearing} (clear or
 * approve it), however the task reached them: claimed, assigned, delegated, reassigned by an
 * escalation handler, or completed through the API without being assigned. Features declare theirs
 * as beans; {@link FourEyesListener} enforces them. {@code what} names the draft in the refusal.
 */
public record FourEyes(String drafting, String clearing, String what) {
}
