@file:JvmName("BitgetCoroutines")

package io.github.bitget4j.kotlin

import io.github.bitget4j.BitgetRestClient
import io.github.bitget4j.errors.BitgetInterruptedException
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.isActive
import kotlinx.coroutines.runInterruptible

/**
 * Runs each task on a new virtual thread. A blocking bitget4j call then parks a cheap virtual thread
 * instead of holding one of the 64 threads of [Dispatchers.IO], so thousands of calls can wait at once.
 * Shared by the whole process and never closed: an idle virtual-thread executor holds nothing.
 */
public val Dispatchers.VirtualThreads: CoroutineDispatcher
    get() = virtualThreadDispatcher

private val virtualThreadDispatcher: CoroutineDispatcher =
    Jdk21Threads.newVirtualThreadPerTaskExecutor().asCoroutineDispatcher()

/**
 * Calls this client from a coroutine without blocking the coroutine's thread:
 * ```
 * val balances = client.await { getBalances() }.data()
 * ```
 * [block] runs on [dispatcher] (by default [Dispatchers.VirtualThreads]). Cancelling the coroutine
 * interrupts the call, which aborts its HTTP exchange, and the coroutine ends with a [CancellationException]
 * whose cause is the SDK's [BitgetInterruptedException]: the request may still have reached Bitget (look an
 * order up by its clientOid before sending it again). The client stays usable. Any other failure is thrown
 * as the SDK threw it.
 */
public suspend fun <C : BitgetRestClient, T> C.await(
    dispatcher: CoroutineDispatcher = Dispatchers.VirtualThreads,
    block: C.() -> T,
): T =
    try {
        runInterruptible(dispatcher) { block() }
    } catch (e: BitgetInterruptedException) {
        // runInterruptible turns only InterruptedException into cancellation; the SDK throws its own unchecked
        // exception instead. Left as it is, one cancelled call would fail its parent scope and every sibling.
        if (!currentCoroutineContext().isActive) {
            throw CancellationException("cancelled while waiting for Bitget; the request may have reached it", e)
        }
        throw e
    }
