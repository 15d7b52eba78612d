package org.newsgraph.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Admission control for the dataset's endpoints: at most N requests run at once, the others wait
 * in arrival order (a fair semaphore). Thirty-two clients on two cores then get their answers
 * one after another instead of all slowing down together until queries hit the query timeout;
 * the timeout counts from the start of execution, not from arrival. A request that waits longer
 * than {@code maxWait} gets 503 with {@code Retry-After}. In: requests; out: the same requests,
 * admitted in order, or 503.
 */
final class QueryAdmission implements Filter {
    private final Semaphore running;
    private final int permits;
    private final long maxWaitNanos;

    QueryAdmission(int concurrent, Duration maxWait) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one concurrent query: " + concurrent);
        }
        this.permits = concurrent;
        this.running = new Semaphore(concurrent, true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean admitted;
        try {
            admitted = running.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            busy(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }

    private void busy(ServletResponse response) throws IOException {
        if (response instanceof HttpServletResponse http) {
            http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            http.setHeader("Retry-After", "5");
            http.setContentType("text/plain;charset=utf-8");
            http.getWriter().println("server busy: " + permits + " queries running and more waiting; try again");
        }
    }
}
