package dev.startupguard.startup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.startupguard.startup.app.GuardedApplication;
import dev.startupguard.testdb.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A web application whose start is refused never accepts a connection: the check is
 * joined before the web server starts listening. A client knocks on the server's port
 * throughout the start; the same client gets in once the schema is fine.
 */
class RefusedStartServesNoTrafficIntegrationTests {

	private TestDatabase database;

	private int port;

	@BeforeEach
	void createDriftedSchema() throws IOException {
		this.database = TestDatabase.h2("nottraffic");
		this.database.execute("CREATE TABLE customer (id bigint PRIMARY KEY, name varchar(80) NOT NULL)");
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void refusedStartAcceptsNoConnection() throws Exception {
		Knocker knocker = new Knocker(this.port);
		knocker.start();
		try {
			assertThatExceptionOfType(StartRefusedException.class)
				.isThrownBy(() -> run("--startup-guard.on-drift=fail"));
		}
		finally {
			knocker.stop();
		}
		assertThat(knocker.attempts()).isPositive();
		assertThat(knocker.accepted()).isZero();
	}

	@Test
	void startThatGoesOnAcceptsConnections() throws Exception {
		Knocker knocker = new Knocker(this.port);
		knocker.start();
		try (ConfigurableApplicationContext context = run("--startup-guard.on-drift=warn")) {
			knocker.awaitAccepted();
		}
		finally {
			knocker.stop();
		}
		assertThat(knocker.accepted()).isPositive();
	}

	private ConfigurableApplicationContext run(String onDrift) {
		return new SpringApplicationBuilder(GuardedApplication.class).run("--server.port=" + this.port,
				"--server.address=127.0.0.1", "--spring.datasource.url=" + this.database.url(),
				"--spring.jpa.hibernate.ddl-auto=none", "--spring.main.banner-mode=off", onDrift);
	}

	/**
	 * Tries to connect to a port again and again, counting the connections accepted.
	 */
	private static final class Knocker {

		private final int port;

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicInteger attempts = new AtomicInteger();

		private final AtomicInteger accepted = new AtomicInteger();

		private final Thread thread;

		Knocker(int port) {
			this.port = port;
			this.thread = new Thread(this::knock, "knocker");
			this.thread.setDaemon(true);
		}

		void start() {
			this.thread.start();
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			this.thread.join(5000);
		}

		void awaitAccepted() throws InterruptedException {
			for (int i = 0; i < 500 && this.accepted.get() == 0; i++) {
				Thread.sleep(10);
			}
		}

		int attempts() {
			return this.attempts.get();
		}

		int accepted() {
			return this.accepted.get();
		}

		private void knock() {
			while (this.running.get()) {
				this.attempts.incrementAndGet();
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
					this.accepted.incrementAndGet();
				}
				catch (IOException ex) {
					// refused: nothing listens yet
				}
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

	}

}
