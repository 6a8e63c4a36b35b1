package dev.startupguard.testdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between an application and a database server, which a test cuts and
 * restores to make an outage for real: cut, every open connection is closed and new ones
 * are refused; restored, it accepts again on the same port.
 */
public final class TcpRelay implements AutoCloseable {

	private final InetSocketAddress target;

	private final int port;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	private TcpRelay(InetSocketAddress target) throws IOException {
		this.target = target;
		this.server = listen(0);
		this.port = this.server.getLocalPort();
		accept(this.server);
	}

	/**
	 * Start relaying from a free local port to the given server.
	 * @param host the server's host
	 * @param port the server's port
	 * @return the relay, relaying
	 */
	public static TcpRelay to(String host, int port) {
		try {
			return new TcpRelay(new InetSocketAddress(host, port));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Return the local port the relay listens on.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Cut the relay: close every connection through it and refuse new ones.
	 */
	public void cut() {
		closeQuietly(this.server);
		this.sockets.forEach(TcpRelay::closeQuietly);
		this.sockets.clear();
	}

	/**
	 * Restore the relay on its port.
	 */
	public void restore() {
		try {
			this.server = listen(this.port);
			accept(this.server);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		cut();
	}

	private static ServerSocket listen(int port) throws IOException {
		ServerSocket server = new ServerSocket();
		server.setReuseAddress(true);
		server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		return server;
	}

	private void accept(ServerSocket server) {
		daemon("tcp-relay-accept", () -> {
			while (!server.isClosed()) {
				try {
					Socket client = server.accept();
					Socket upstream = new Socket();
					upstream.connect(this.target);
					this.sockets.add(client);
					this.sockets.add(upstream);
					daemon("tcp-relay-up", () -> pump(client, upstream));
					daemon("tcp-relay-down", () -> pump(upstream, client));
				}
				catch (IOException ex) {
					// closed by cut(), or the server refused: the client sees its
					// connection end
				}
			}
		});
	}

	private void pump(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// one side closed
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}

}
