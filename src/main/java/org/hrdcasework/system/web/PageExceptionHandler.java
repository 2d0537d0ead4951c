package org.hrdcasework.system.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one way a page refuses: the error page with the status, for every {@link PageController}.
 * A case the caller may not see is "not found", exactly as in the API; nothing of the request is
 * echoed.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(HttpServletResponse response) {
        return errorPage(HttpStatus.NOT_FOUND, response);
    }

    @ExceptionHandler(AccessRefusedException.class)
    ModelAndView refused(HttpServletResponse response) {
        return errorPage(HttpStatus.FORBIDDEN, response);
    }

    static ModelAndView errorPage(HttpStatus status, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
