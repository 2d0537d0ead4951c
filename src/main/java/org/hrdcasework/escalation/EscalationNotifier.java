package org.hrdcasework.escalation;

import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails the escalated-to group of the case's mission once the escalation has committed (a rolled
 * back escalation sends nothing). The mail names the case by reference and the stage only.
 */
@Component
class EscalationNotifier {

    private static final Logger log = LoggerFactory.getLogger(EscalationNotifier.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final String publicUrl;

    EscalationNotifier(ObjectProvider<JavaMailSender> mailSender,
                       @Value("${hrd.escalation.mail-from}") String from, @Value("${hrd.public-url}") String publicUrl) {
        this.mailSender = mailSender;
        this.from = from;
        this.publicUrl = publicUrl;
    }

    /**
     * Mails the members of the escalated {@code group} in the mission ({@code recipients}, asked only if mail is
     * configured) after commit.
     */
    void notifyAfterCommit(EscalationService.Escalation escalation, String group, Supplier<List<String>> recipients) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(escalation, group, recipients);
                }
            });
        } else {
            send(escalation, group, recipients);
        }
    }

    private void send(EscalationService.Escalation e, String group, Supplier<List<String>> mailboxes) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.debug("Escalation level {} of case {} at {}: mail not configured", e.level(), e.caseReference(), e.stage());
            return;
        }
        List<String> recipients = mailboxes.get();
        if (recipients.isEmpty()) {
            log.info("Escalation level {} of case {} at {}: no recipient with a mail address", e.level(), e.caseReference(), e.stage());
            return;
        }
        String subject = e.caseId() == null ? "duty" : "case"; // a standing duty's work has no case
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipients.toArray(String[]::new));
        message.setSubject("[hrd-casework] Escalation level " + e.level() + ": " + subject + " " + e.caseReference());
        message.setText("The " + subject + " " + e.caseReference() + " (" + e.missionId() + ") has waited past its deadline at stage "
                + e.stage() + " (due " + e.dueAt() + ").\n\nIt is escalated to level " + e.level() + " (" + group
                + "). Please open the escalation board and your task list:\n" + publicUrl + "/escalations\n"
                + publicUrl + "/camunda/app/tasklist/\n\nThis message deliberately contains no personal data.");
        try {
            sender.send(message);
        } catch (MailException ex) {
            // The escalation itself stands (board and task); the mail failure is for the operators.
            log.warn("Escalation mail for case {} level {} could not be sent: {}", e.caseReference(), e.level(),
                    ex.getClass().getSimpleName());
        }
    }
}
