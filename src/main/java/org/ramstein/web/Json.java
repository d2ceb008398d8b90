package org.ramstein.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import org.ramstein.ledger.domain.Codes;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.Quantity;

/**
 * The API's JSON shapes (see the design note's API conventions): enums as lower-case codes, money as
 * {"amount": "1850000000", "currency": "USD"} with a decimal string, quantities as {"value", "max", "qualifier"} with
 * nulls written, dates ISO-8601. Absent optional fields of views are left out.
 */
final class Json {
    private Json() {
    }

    static ObjectMapper mapper() {
        SimpleModule ledger = new SimpleModule("ramstein");
        ledger.addSerializer(Enum.class, new JsonSerializer<>() {
            @Override
            public void serialize(Enum value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(Codes.of(value));
            }
        });
        ledger.addSerializer(BigDecimal.class, new JsonSerializer<>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(value.toPlainString()); // exact: never a float on the wire
            }
        });
        ledger.addSerializer(Money.class, new JsonSerializer<>() {
            @Override
            public void serialize(Money m, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartObject();
                g.writeStringField("amount", m.amount().toPlainString());
                g.writeStringField("currency", m.currency());
                g.writeEndObject();
            }
        });
        ledger.addSerializer(Quantity.class, new JsonSerializer<>() {
            @Override
            public void serialize(Quantity q, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartObject();
                writeLong(g, "value", q.value());
                writeLong(g, "max", q.max());
                g.writeStringField("qualifier", q.qualifier() == null ? null : q.qualifier().code());
                g.writeEndObject();
            }
        });
        ledger.addSerializer(FuzzyDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(FuzzyDate d, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartObject();
                g.writeStringField("date", d.isoDate());
                g.writeStringField("precision", d.precision().code());
                g.writeStringField("display", d.display());
                g.writeEndObject();
            }
        });
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(ledger)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    private static void writeLong(JsonGenerator g, String name, Long v) throws IOException {
        if (v == null) g.writeNullField(name);
        else g.writeNumberField(name, v);
    }
}
