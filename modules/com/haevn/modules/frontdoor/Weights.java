package com.haevn.modules.frontdoor;

/**
 * The share of requests the weighted forward sends to each colour. ALB weights are 0 to 999 and relative; the
 * platform writes them as percentages.
 *
 * @param blue  weight of the blue target group
 * @param green weight of the green target group
 */
public record Weights(int blue, int green) {

    public Weights {
        if (blue < 0 || green < 0 || blue > 999 || green > 999 || blue + green == 0) {
            throw new IllegalArgumentException("target group weights are 0 to 999 and not both 0, got blue " + blue
                    + ", green " + green);
        }
    }
}
