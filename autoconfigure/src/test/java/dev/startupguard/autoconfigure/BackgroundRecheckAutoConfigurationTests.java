package dev.startupguard.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.startupguard.report.GuardReport;
import dev.startupguard.startup.BackgroundRecheck;
import dev.startupguard.check.ReportMaker;
import dev.startupguard.report.CheckObserver;
import dev.startupguard.startup.SubjectChecks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the background recheck and the check observer that
 * {@link StartupGuardAutoConfiguration} wires.
 */
class BackgroundRecheckAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(StartupGuardAutoConfiguration.class))
		.withBean(DataSource.class, JdbcDataSource::new);

	@Test
	void runWithoutRecheckIntervalShouldNotRecheck() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(SubjectChecks.class)
			.doesNotHaveBean(BackgroundRecheck.class));
	}

	@Test
	void runWithRecheckIntervalShouldRecheckFromTheStartUntilTheClose() {
		this.contextRunner.withPropertyValues("startup-guard.recheck-interval=5m").run((context) -> {
			assertThat(context).hasSingleBean(BackgroundRecheck.class);
			BackgroundRecheck recheck = context.getBean(BackgroundRecheck.class);
			assertThat(recheck.getInterval()).isEqualTo(Duration.ofMinutes(5));
			assertThat(recheck.isRunning()).isTrue();
			context.close();
			assertThat(recheck.isRunning()).isFalse();
		});
	}

	@Test
	void runWhenDisabledShouldNotRecheck() {
		this.contextRunner.withPropertyValues("startup-guard.enabled=false", "startup-guard.recheck-interval=5m")
			.run((context) -> assertThat(context).doesNotHaveBean(BackgroundRecheck.class));
	}

	@Test
	void checksUseTheObserverTheApplicationDefines() {
		List<String> observed = new ArrayList<>();
		CheckObserver observer = (subject, check) -> {
			observed.add(subject.name());
			return check.get();
		};
		this.contextRunner.withBean(CheckObserver.class, () -> observer).run((context) -> {
			ReportMaker maker = context.getBean(ReportMaker.class);
			assertThat(maker).extracting("observer").isSameAs(observer);
		});
	}

}
