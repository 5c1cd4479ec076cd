package com.haevn.cost;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceTableTest {

    private final PriceTable table = PriceTable.load(PriceTable.DEFAULT_FILE);

    @Test
    void everyEntryOfTheRepositoryTableHasASourceAndTheDateItWasRead() {
        assertThat(table.entries()).hasSizeGreaterThan(20);
        assertThat(table.entries()).allSatisfy(entry -> {
            assertThat(entry.source()).as(entry.describeUnit()).isNotBlank();
            assertThat(entry.dateRead()).as(entry.describeUnit()).isAfter(LocalDate.of(2020, 1, 1))
                    .isBeforeOrEqualTo(LocalDate.now());
            entry.sourceDate().ifPresent(date -> assertThat(date).isBeforeOrEqualTo(entry.dateRead()));
            assertThat(entry.currency()).isEqualTo("USD");
        });
        assertThat(table.hoursPerMonth()).isEqualByComparingTo("730");
    }

    @Test
    void findsAPriceByUnitTypeAndRegionAndNothingElse() {
        assertThat(table.find("eks-cluster-hour", Optional.empty(), "us-west-2")).map(PriceEntry::price)
                .hasValueSatisfying(price -> assertThat(price).isEqualByComparingTo("0.10"));
        assertThat(table.find("ec2-instance-hour", Optional.of("m6i.large"), "us-west-2")).map(PriceEntry::price)
                .hasValueSatisfying(price -> assertThat(price).isEqualByComparingTo("0.096"));
        assertThat(table.find("ec2-instance-hour", Optional.of("m6i.large"), "us-east-1")).isEmpty();
        assertThat(table.find("eks-cluster-hour", Optional.empty(), "eu-west-1")).isEmpty();
    }

    @Test
    void anEntryWithoutSourceOrDateIsRejected(@TempDir Path temp) throws IOException {
        Path noSource = Files.writeString(temp.resolve("a.yaml"), """
                hours_per_month: 730
                currency: USD
                prices:
                  - { unit: kms-key-month, region: us-east-1, price: 1.00, currency: USD, date_read: 2026-12-01 }
                """);
        assertThatThrownBy(() -> PriceTable.load(noSource)).isInstanceOf(PriceTableException.class)
                .hasMessageContaining("prices[0] (kms-key-month).source");
        Path noDate = Files.writeString(temp.resolve("b.yaml"), """
                hours_per_month: 730
                currency: USD
                prices:
                  - { unit: kms-key-month, region: us-east-1, price: 1.00, currency: USD, source: somewhere }
                """);
        assertThatThrownBy(() -> PriceTable.load(noDate)).isInstanceOf(PriceTableException.class)
                .hasMessageContaining("date_read");
    }
}
