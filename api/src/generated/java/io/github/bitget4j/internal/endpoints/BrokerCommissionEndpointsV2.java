// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.internal.endpoints;

import static io.github.bitget4j.Auth.*;

import io.github.bitget4j.Endpoint;
import io.github.bitget4j.model.v2.broker.BrokerAgentAsset;
import io.github.bitget4j.model.v2.broker.BrokerAgentCommissionDetails;
import io.github.bitget4j.model.v2.broker.BrokerAgentCommissions;
import io.github.bitget4j.model.v2.broker.BrokerAgentCustomer;
import io.github.bitget4j.model.v2.broker.BrokerAgentDeposit;
import io.github.bitget4j.model.v2.broker.BrokerAgentKycResults;
import io.github.bitget4j.model.v2.broker.BrokerAgentSubCustomers;
import io.github.bitget4j.model.v2.broker.BrokerAgentTradeVolume;
import io.github.bitget4j.model.v2.broker.BrokerCommission;
import io.github.bitget4j.model.v2.broker.BrokerOrderCommissions;
import io.github.bitget4j.model.v2.broker.BrokerRebateInfo;
import io.github.bitget4j.model.v2.broker.BrokerSubaccountInfo;
import io.github.bitget4j.model.v2.broker.BrokerTotalCommission;
import io.github.bitget4j.model.v2.broker.BrokerTradeVolume;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.List;

/** The endpoints of {@code io.github.bitget4j.v2.BrokerCommissionApiV2}. */
public final class BrokerCommissionEndpointsV2 {

    /** {@code GET /api/v2/broker/subaccounts}. */
    public static final Endpoint<List<BrokerSubaccountInfo>> GET_BROKER_SUBACCOUNTS =
            Endpoint.getList("/api/v2/broker/subaccounts", PRIVATE, BrokerSubaccountInfo.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "pageSize", "pageNo");

    /** {@code GET /api/v2/broker/commissions}. */
    public static final Endpoint<List<BrokerCommission>> GET_BROKER_COMMISSIONS =
            Endpoint.getList("/api/v2/broker/commissions", PRIVATE, BrokerCommission.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "pageSize", "pageNo", "bizType", "subBizType");

    /** {@code GET /api/v2/broker/trade-volume}. */
    public static final Endpoint<List<BrokerTradeVolume>> GET_BROKER_TRADE_VOLUME =
            Endpoint.getList("/api/v2/broker/trade-volume", PRIVATE, BrokerTradeVolume.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "pageSize", "pageNo");

    /** {@code GET /api/v2/broker/total-commission}. */
    public static final Endpoint<List<BrokerTotalCommission>> GET_BROKER_TOTAL_COMMISSION =
            Endpoint.getList("/api/v2/broker/total-commission", PRIVATE, BrokerTotalCommission.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime");

    /** {@code GET /api/v2/broker/order-commission}. */
    public static final Endpoint<BrokerOrderCommissions> GET_BROKER_ORDER_COMMISSION =
            Endpoint.get("/api/v2/broker/order-commission", PRIVATE, BrokerOrderCommissions.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "limit", "uid", "orderId", "idLessThan");

    /** {@code GET /api/v2/broker/rebate-info}. */
    public static final Endpoint<BrokerRebateInfo> GET_BROKER_REBATE_INFO =
            Endpoint.get("/api/v2/broker/rebate-info", PRIVATE, BrokerRebateInfo.class)
                    .withRateLimit(20, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("uid");

    /** {@code GET /api/v2/broker/customer-commissions}. */
    public static final Endpoint<BrokerAgentCommissions> GET_AGENT_CUSTOMER_COMMISSIONS =
            Endpoint.get("/api/v2/broker/customer-commissions", PRIVATE, BrokerAgentCommissions.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "idLessThan", "limit", "uid", "coin", "symbol", "showSub");

    /** {@code GET /api/v2/broker/sub-customer-list}. */
    public static final Endpoint<BrokerAgentSubCustomers> GET_AGENT_SUB_CUSTOMER_LIST =
            Endpoint.get("/api/v2/broker/sub-customer-list", PRIVATE, BrokerAgentSubCustomers.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "idLessThan", "limit", "uid", "showSub");

    /** {@code POST /api/v2/broker/customer-trade-volume}. */
    public static final Endpoint<List<BrokerAgentTradeVolume>> GET_AGENT_CUSTOMER_TRADE_VOLUME =
            Endpoint.postList("/api/v2/broker/customer-trade-volume", PRIVATE, BrokerAgentTradeVolume.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "pageNo", "pageSize", "uid", "showSub");

    /** {@code POST /api/v2/broker/customer-list}. */
    public static final Endpoint<List<BrokerAgentCustomer>> GET_AGENT_CUSTOMER_LIST =
            Endpoint.postList("/api/v2/broker/customer-list", PRIVATE, BrokerAgentCustomer.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "pageNo", "pageSize", "uid", "referralCode", "showSub");

    /** {@code GET /api/v2/broker/customer-kyc-result}. */
    public static final Endpoint<BrokerAgentKycResults> GET_AGENT_CUSTOMER_KYC_RESULT =
            Endpoint.get("/api/v2/broker/customer-kyc-result", PRIVATE, BrokerAgentKycResults.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "idLessThan", "limit", "uid", "showSub");

    /** {@code POST /api/v2/broker/customer-deposit}. */
    public static final Endpoint<List<BrokerAgentDeposit>> GET_AGENT_CUSTOMER_DEPOSITS =
            Endpoint.postList("/api/v2/broker/customer-deposit", PRIVATE, BrokerAgentDeposit.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "pageNo", "pageSize", "uid", "showSub");

    /** {@code POST /api/v2/broker/customer-asset}. */
    public static final Endpoint<List<BrokerAgentAsset>> GET_AGENT_CUSTOMER_ASSETS =
            Endpoint.postList("/api/v2/broker/customer-asset", PRIVATE, BrokerAgentAsset.class)
                    .withRateLimit(5, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("pageNo", "pageSize", "uid", "showSub");

    /** {@code GET /api/v2/broker/agent-commission}. */
    public static final Endpoint<BrokerAgentCommissionDetails> GET_AGENT_COMMISSION_DETAIL =
            Endpoint.get("/api/v2/broker/agent-commission", PRIVATE, BrokerAgentCommissionDetails.class)
                    .withRateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID)
                    .withParameters("startTime", "endTime", "limit", "idLessThan");

    private BrokerCommissionEndpointsV2() {
    }
}
