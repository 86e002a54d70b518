package io.ghostwire.zqlite.r2dbc;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Mono;

/**
 * The one thread on which every native call of a connection runs. A ZQLite connection is
 * single-threaded (the native side serialises calls with a mutex), so one thread per connection
 * loses nothing and keeps calls in the order they were issued; callers (event loops) never block on
 * the engine. The thread count is therefore bounded by the number of open connections (bound it
 * with a pool); each worker's queue is bounded by {@link #QUEUE_TASKS_MAX}.
 */
final class Worker {
  /** Tasks waiting per connection; more means a caller is flooding one connection. */
  static final int QUEUE_TASKS_MAX = 4096;

  static final String THREAD_PREFIX = "zqlite-r2dbc-";
  private static final AtomicLong THREADS = new AtomicLong();

  private final ExecutorService executor;

  Worker() {
    String name = THREAD_PREFIX + THREADS.incrementAndGet();
    this.executor =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(QUEUE_TASKS_MAX),
            runnable -> {
              Thread thread = new Thread(runnable, name);
              thread.setDaemon(true);
              return thread;
            });
  }

  /** True on this worker's thread (assertions: natives run only here). */
  static boolean onWorkerThread() {
    return Thread.currentThread().getName().startsWith(THREAD_PREFIX);
  }

  /** Runs {@code task} on the worker; a rejected task (worker shut down) fails the Mono. */
  <T> Mono<T> call(Callable<T> task) {
    return Mono.create(
        sink ->
            execute(
                () -> {
                  T value;
                  try {
                    value = task.call();
                  } catch (Throwable e) {
                    sink.error(R2dbcExceptions.translate(e));
                    return;
                  }
                  sink.success(value);
                },
                sink::error));
  }

  /** Queues {@code task}; {@code onRejected} runs on the caller when the worker is shut down. */
  void execute(Runnable task, java.util.function.Consumer<Throwable> onRejected) {
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      onRejected.accept(R2dbcExceptions.closed());
    }
  }

  /** Lets queued tasks finish, then ends the thread. */
  void shutdown() {
    executor.shutdown();
  }
}
