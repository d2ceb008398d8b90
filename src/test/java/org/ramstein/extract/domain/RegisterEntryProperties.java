package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.claims;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A register's entry written as fields is read the same whatever the order of its fields and the remarks around them. */
class RegisterEntryProperties {

    @Property
    void anEntrysCountDonorAndKindAreReadInAnyFieldOrder(@ForAll @IntRange(min = 1, max = 5000) int count, @ForAll("donors") String donor,
            @ForAll boolean delivered, @ForAll boolean remarkFirst, @ForAll boolean systemFirst) {
        String system = "System: Leopard 2A4 tanks";
        String donorLine = "Donor: " + donor;
        String remark = "Remarks: crew of 4, range 500 km";
        StringBuilder text = new StringBuilder("Register extract\n\n");
        if (remarkFirst) text.append(remark).append('\n');
        text.append(systemFirst ? system : donorLine).append('\n').append(systemFirst ? donorLine : system).append('\n');
        text.append("Quantity: ").append(String.format("%,d", count)).append('\n');
        text.append("Status: ").append(delivered ? "delivered" : "pledged").append('\n');
        if (!remarkFirst) text.append(remark).append('\n');
        List<Claim> found = claims(text.toString());
        assertThat(found).as(text.toString()).hasSize(1);
        Claim c = found.get(0);
        assertThat(c.quantity()).isEqualTo(count);
        assertThat(c.donor()).isEqualTo(donor);
        assertThat(c.kind()).isEqualTo(delivered ? Claim.DELIVERY : Claim.PLEDGE);
        assertThat(c.evidence()).doesNotContain("range");
    }

    @Provide
    Arbitrary<String> donors() {
        return Arbitraries.of("Portugal", "Canada", "Norway", "Spain", "Poland");
    }
}
