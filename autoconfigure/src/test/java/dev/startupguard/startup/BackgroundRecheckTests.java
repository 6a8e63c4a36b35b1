package dev.startupguard.startup;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.startupguard.report.GuardReport;
import dev.startupguard.report.Recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;

/**
 * Tests for {@link BackgroundRecheck}.
 */
class BackgroundRecheckTests {

	private final Recheck checks = mock(Recheck.class);

	private final BackgroundRecheck recheck = new BackgroundRecheck(this.checks, Duration.ofMillis(20));

	@AfterEach
	void stop() {
		this.recheck.stop();
	}

	@Test
	void rechecksAtTheIntervalOnOneDaemonThreadOfItsOwn() {
		List<Thread> threads = new CopyOnWriteArrayList<>();
		given(this.checks.recheck()).willAnswer((invocation) -> {
			threads.add(Thread.currentThread());
			return GuardReport.NONE;
		});
		this.recheck.start();
		assertThat(this.recheck.isRunning()).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> threads.size() >= 3);
		assertThat(threads).allSatisfy((thread) -> {
			assertThat(thread).isSameAs(threads.get(0));
			assertThat(thread.isDaemon()).isTrue();
			assertThat(thread.getName()).isEqualTo("startup-guard-recheck");
		});
	}

	@Test
	void doesNotRecheckBeforeItStarts() throws InterruptedException {
		Thread.sleep(100);
		then(this.checks).should(never()).recheck();
		assertThat(this.recheck.isRunning()).isFalse();
	}

	@Test
	void stopsRecheckingWhenStopped() throws InterruptedException {
		given(this.checks.recheck()).willReturn(GuardReport.NONE);
		this.recheck.start();
		then(this.checks).should(timeout(10_000)).recheck();
		this.recheck.stop();
		assertThat(this.recheck.isRunning()).isFalse();
		Thread.sleep(50);
		int calls = mockingDetails(this.checks).getInvocations().size();
		Thread.sleep(200);
		assertThat(mockingDetails(this.checks).getInvocations()).hasSize(calls);
	}

	@Test
	void recheckThatThrowsIsLoggedAndTheScheduleGoesOn() {
		given(this.checks.recheck()).willThrow(new IllegalStateException("boom")).willReturn(GuardReport.NONE);
		this.recheck.start();
		then(this.checks).should(timeout(10_000).atLeast(3)).recheck();
	}

	@Test
	void startingTwiceKeepsOneSchedule() {
		this.recheck.start();
		this.recheck.start();
		assertThat(this.recheck.isRunning()).isTrue();
		this.recheck.stop();
		assertThat(this.recheck.isRunning()).isFalse();
	}

	@Test
	void intervalMustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BackgroundRecheck(this.checks, Duration.ZERO))
			.withMessage("'interval' must be positive");
	}

}
