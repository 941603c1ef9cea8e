package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The classic account's wallet: transfers between its own spot and USDT-M futures accounts, withdrawals and
 * deposits, each kept as a record. Money moves on the {@link Exchange} (spot) and the {@link FuturesPortfolio}
 * (futures); this lock is taken first and held across the move and the record, so a repeated clientOid always
 * finds the first transfer. Nothing else takes it, so the order of locks cannot deadlock.
 */
final class SpotWallet {

    /** Records kept per account and kind, so a long benchmark does not grow the heap without bound. */
    private static final int KEPT = 10_000;

    /** The account types the testkit simulates; Bitget has more (margin, coin futures, P2P...). */
    enum Wallet { SPOT, USDT_FUTURES }

    record Transfer(String transferId, String clientOid, String coin, String fromType, String toType, BigDecimal size,
                    long time) {
    }

    /** @param status pending until cancelled (then fail): the testkit has no chain to complete it on */
    record Withdrawal(String orderId, @Nullable String clientOid, String coin, String dest, String address,
                      @Nullable String chain, @Nullable String tag, BigDecimal size, String status, long createdTime,
                      long updatedTime) {
    }

    record Deposit(String orderId, String coin, BigDecimal size, String chain, long time) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Exchange exchange;
    private final FuturesEngine futures;
    private final FuturesPortfolio portfolio;
    private final Map<String, ArrayDeque<Transfer>> transfers = new HashMap<>();
    private final Map<String, ArrayDeque<Withdrawal>> withdrawals = new HashMap<>();
    private final Map<String, ArrayDeque<Deposit>> deposits = new HashMap<>();

    SpotWallet(Exchange exchange, FuturesEngine futures, FuturesPortfolio portfolio) {
        this.exchange = exchange;
        this.futures = futures;
        this.portfolio = portfolio;
    }

    /**
     * Moves {@code amount} of {@code coin} between two wallets of the account; a clientOid seen before returns
     * that transfer and moves nothing.
     *
     * @throws MarketException INSUFFICIENT_BALANCE when the source wallet has less available
     */
    Transfer transfer(Account account, Wallet from, Wallet to, String coin, BigDecimal amount, @Nullable String clientOid,
                      long now) {
        return locked(() -> {
            ArrayDeque<Transfer> records = transfers.computeIfAbsent(account.apiKey, k -> new ArrayDeque<>());
            if (clientOid != null) {
                for (Transfer t : records) {
                    if (t.clientOid().equals(clientOid)) {
                        return t;
                    }
                }
            }
            take(account, from, coin, amount);
            give(account, to, coin, amount);
            String id = exchange.newOrderId();
            Transfer t = new Transfer(id, clientOid != null ? clientOid : id, coin, wireName(from), wireName(to), amount, now);
            keep(records, t);
            return t;
        });
    }

    private void take(Account account, Wallet wallet, String coin, BigDecimal amount) {
        if (wallet == Wallet.SPOT) {
            exchange.debit(account, coin, amount);
            return;
        }
        try {
            portfolio.transferOut(futures.account(account.apiKey), amount);
        } catch (FuturesException e) {
            throw new MarketException(MarketException.Reason.INSUFFICIENT_BALANCE, coin);
        }
    }

    private void give(Account account, Wallet wallet, String coin, BigDecimal amount) {
        if (wallet == Wallet.SPOT) {
            exchange.credit(account, coin, amount);
        } else {
            portfolio.transferIn(futures.account(account.apiKey), amount);
        }
    }

    static String wireName(Wallet wallet) {
        return wallet == Wallet.SPOT ? "spot" : "usdt_futures";
    }

    /** The account's transfers the filter accepts, newest first. */
    List<Transfer> transfers(Account account, Predicate<Transfer> filter) {
        return newestFirst(transfers, account, filter);
    }

    /**
     * Debits the spot balance and records a pending withdrawal.
     *
     * @throws MarketException INSUFFICIENT_BALANCE, or DUPLICATE_CLIENT_OID for a clientOid used before
     */
    Withdrawal withdraw(Account account, Withdrawal draft) {
        return locked(() -> {
            ArrayDeque<Withdrawal> records = withdrawals.computeIfAbsent(account.apiKey, k -> new ArrayDeque<>());
            if (draft.clientOid() != null && records.stream().anyMatch(w -> draft.clientOid().equals(w.clientOid()))) {
                throw new MarketException(MarketException.Reason.DUPLICATE_CLIENT_OID, draft.clientOid());
            }
            exchange.debit(account, draft.coin(), draft.size());
            Withdrawal w = new Withdrawal(exchange.newOrderId(), draft.clientOid(), draft.coin(), draft.dest(), draft.address(),
                    draft.chain(), draft.tag(), draft.size(), "pending", draft.createdTime(), draft.createdTime());
            keep(records, w);
            return w;
        });
    }

    /**
     * Cancels a pending withdrawal: the money returns to the spot balance and the record ends as {@code fail}.
     *
     * @throws MarketException ORDER_NOT_FOUND, or NOT_CANCELLABLE when it is no longer pending
     */
    Withdrawal cancelWithdrawal(Account account, String orderId, long now) {
        return locked(() -> {
            ArrayDeque<Withdrawal> records = withdrawals.computeIfAbsent(account.apiKey, k -> new ArrayDeque<>());
            Withdrawal found = records.stream().filter(w -> w.orderId().equals(orderId)).findFirst()
                    .orElseThrow(() -> new MarketException(MarketException.Reason.ORDER_NOT_FOUND, orderId));
            if (!found.status().equals("pending")) {
                throw new MarketException(MarketException.Reason.NOT_CANCELLABLE, orderId);
            }
            exchange.credit(account, found.coin(), found.size());
            Withdrawal cancelled = new Withdrawal(found.orderId(), found.clientOid(), found.coin(), found.dest(), found.address(),
                    found.chain(), found.tag(), found.size(), "fail", found.createdTime(), now);
            List<Withdrawal> all = new ArrayList<>(records);
            all.replaceAll(w -> w == found ? cancelled : w);
            records.clear();
            records.addAll(all);
            return cancelled;
        });
    }

    /** The account's withdrawals the filter accepts, newest first. */
    List<Withdrawal> withdrawals(Account account, Predicate<Withdrawal> filter) {
        return newestFirst(withdrawals, account, filter);
    }

    /** Credits a deposit that arrived on chain to the spot balance, and records it as successful. */
    Deposit deposit(Account account, String coin, BigDecimal amount, String chain, long now) {
        return locked(() -> {
            exchange.credit(account, coin, amount);
            Deposit d = new Deposit(exchange.newOrderId(), coin, amount, chain, now);
            keep(deposits.computeIfAbsent(account.apiKey, k -> new ArrayDeque<>()), d);
            return d;
        });
    }

    /** The account's deposits the filter accepts, newest first. */
    List<Deposit> deposits(Account account, Predicate<Deposit> filter) {
        return newestFirst(deposits, account, filter);
    }

    private <T> List<T> newestFirst(Map<String, ArrayDeque<T>> byAccount, Account account, Predicate<T> filter) {
        return locked(() -> {
            ArrayDeque<T> records = byAccount.get(account.apiKey);
            return records == null ? List.of() : records.stream().filter(filter).toList().reversed();
        });
    }

    private static <T> void keep(ArrayDeque<T> records, T record) {
        records.addLast(record);
        if (records.size() > KEPT) {
            records.pollFirst();
        }
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
