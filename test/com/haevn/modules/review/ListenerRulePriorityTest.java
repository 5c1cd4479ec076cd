package com.haevn.modules.review;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListenerRulePriorityTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "123, 123", "49999, 49999", "50000, 1", "100123, 125"})
    void should_take_a_priority_before_the_front_doors_forward_rule(long pr, int priority) {
        assertThat(ListenerRulePriority.of(pr)).isEqualTo(priority)
                .isLessThan(ListenerRulePriority.FRONT_DOOR_PRIORITY);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void should_refuse_a_pr_number_that_is_not_positive(long pr) {
        assertThatThrownBy(() -> ListenerRulePriority.of(pr)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a PR number is a positive integer, got " + pr);
    }
}
