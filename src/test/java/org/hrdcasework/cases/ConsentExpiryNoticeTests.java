package org.hrdcasework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hrdcasework.ProcessTestSupport;
import org.hrdcasework.actions.ActionType;
import org.hrdcasework.consent.Audience;
import org.hrdcasework.consent.ConsentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily notice asks the officers to renew a consent before it expires, once per consent. */
class ConsentExpiryNoticeTests extends ProcessTestSupport {

    @Autowired
    ConsentExpiryNotices notices;
    @Autowired
    ConsentService consentService;

    @Test
    void aConsentExpiringWithinTheNoticePeriodPutsOneRenewalTaskOnItsCase() {
        ProcessInstance soon = caseWithConsentUntil(LocalDate.now(ZoneOffset.UTC).plusDays(10));
        ProcessInstance later = caseWithConsentUntil(LocalDate.now(ZoneOffset.UTC).plusDays(60));

        notices.noticeExpiringConsents();

        assertThat(driver.openTasks(soon.getBusinessKey(), CaseOfConcernProcess.TASK_RENEW_CONSENT)).isOne();
        assertThat(driver.openTasks(later.getBusinessKey(), CaseOfConcernProcess.TASK_RENEW_CONSENT)).isZero();

        // The next morning's run asks nothing more of either case: each consent is noticed once.
        notices.noticeExpiringConsents();
        assertThat(driver.openTasks(soon.getBusinessKey(), CaseOfConcernProcess.TASK_RENEW_CONSENT)).isOne();
        assertThat(driver.openTasks(later.getBusinessKey(), CaseOfConcernProcess.TASK_RENEW_CONSENT)).isZero();

        driver.complete(soon.getBusinessKey(), CaseOfConcernProcess.TASK_RENEW_CONSENT, "officer.alpha",
                consentUntil(LocalDate.now(ZoneOffset.UTC).plusDays(180)));

        assertThat(soon).hasPassed(CaseOfConcernProcess.END_CONSENT_RENEWED).isWaitingAt(CaseOfConcernProcess.CALL_CARRY_OUT_ACTIONS);
        UUID caseId = (UUID) driver.caseRow(soon.getBusinessKey()).get("id");
        assertThat(consentService.standingConsentsOf(caseId)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.expiresOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(180)));
        assertThat(consentService.permits(caseId, ActionType.COORDINATION, Audience.PARTNER_MISSIONS)).isTrue();
    }

    @Test
    void aRenewalWithABadAnswerIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance soon = caseWithConsentUntil(LocalDate.now(ZoneOffset.UTC).plusDays(3));
        notices.noticeExpiringConsents();

        Map<String, Object> answers = consentUntil(LocalDate.now(ZoneOffset.UTC).plusDays(90));
        answers.put("consentGivenBy", "FAMILY"); // through family without a recorded reason
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.complete(soon.getBusinessKey(),
                CaseOfConcernProcess.TASK_RENEW_CONSENT, "officer.alpha", answers)).hasMessageContaining("consentProxyReason");

        assertThat(driver.openTasks(soon.getBusinessKey(), CaseOfConcernProcess.TASK_RENEW_CONSENT)).isOne();
    }

    private ProcessInstance caseWithConsentUntil(LocalDate expiresOn) {
        return driver.caseWithActions(consentUntil(expiresOn), "COORDINATION");
    }

    private static Map<String, Object> consentUntil(LocalDate expiresOn) {
        Map<String, Object> consent = new HashMap<>(CaseDriver.consent("QUIET", "COORDINATION"));
        consent.put("consentExpiresOn", expiresOn.toString());
        return consent;
    }
}
