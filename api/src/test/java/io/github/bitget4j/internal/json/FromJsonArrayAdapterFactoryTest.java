package io.github.bitget4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.github.bitget4j.model.FromJsonArray;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FromJsonArrayAdapterFactoryTest {

    private final Gson gson = BitgetJson.gson();

    @FromJsonArray
    record Bar(@Nullable Long ts, @Nullable BigDecimal price, @Nullable String note) {
    }

    @FromJsonArray
    record WithPrimitive(long ts) {
    }

    @Test
    void readsComponentsByPosition() {
        Bar bar = gson.fromJson("[\"1695806875837\",\"27000.50\",\"x\"]", Bar.class);

        assertThat(bar).isEqualTo(new Bar(1695806875837L, new BigDecimal("27000.50"), "x"));
    }

    @Test
    void ignoresTrailingElementsBeyondTheLastComponent() {
        Bar bar = gson.fromJson("[\"1\",\"2\",\"x\",\"extra\",[1,2],{\"k\":1}]", Bar.class);

        assertThat(bar).isEqualTo(new Bar(1L, new BigDecimal("2"), "x"));
    }

    @Test
    void readsMissingTrailingElementsAsNull() {
        Bar bar = gson.fromJson("[\"1\"]", Bar.class);

        assertThat(bar).isEqualTo(new Bar(1L, null, null));
    }

    @Test
    void readsEmptyStringElementsAsNullNumbers() {
        Bar bar = gson.fromJson("[\"\",\"\",\"x\"]", Bar.class);

        assertThat(bar).isEqualTo(new Bar(null, null, "x"));
    }

    @Test
    void readsJsonNullAsNullRecord() {
        assertThat(gson.fromJson("null", Bar.class)).isNull();
    }

    @Test
    void writesBackAsAnArrayThatReadsToTheSameRecord() {
        String original = "[\"1695806875837\",\"0.00000001\",\"x\"]";

        Bar bar = gson.fromJson(original, Bar.class);
        String written = gson.toJson(bar);

        assertThat(written).isEqualTo(original);
        assertThat(gson.fromJson(written, Bar.class)).isEqualTo(bar);
    }

    @Test
    void writesNullComponentsAsNullToKeepLaterPositions() {
        assertThat(gson.toJson(new Bar(null, null, "x"))).isEqualTo("[null,null,\"x\"]");
    }

    @Test
    void decodesListsOfArrayRecords() {
        List<Bar> bars = gson.fromJson("[[\"1\",\"2.5\"],[\"3\",\"4.5\",\"y\"]]", new TypeToken<List<Bar>>() { });

        assertThat(bars).containsExactly(
                new Bar(1L, new BigDecimal("2.5"), null), new Bar(3L, new BigDecimal("4.5"), "y"));
    }

    @Test
    void reusesOneAdapterPerRecordClass() {
        assertThat(gson.getAdapter(Bar.class)).isSameAs(gson.getAdapter(Bar.class));
        assertThat(gson.getAdapter(new TypeToken<List<Bar>>() { }))
                .isSameAs(gson.getAdapter(new TypeToken<List<Bar>>() { }));
    }

    @Test
    void refusesPrimitiveComponentsBecauseAMissingElementMustReadAsNull() {
        assertThatThrownBy(() -> gson.getAdapter(WithPrimitive.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ts'");
    }
}
