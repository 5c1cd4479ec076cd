package com.haevn.stacks;

import com.haevn.stacks.layers.NetworkLayer;
import com.haevn.stacks.layers.StateLayer;

import java.util.List;

/** The registered layers, in dependency order: a layer may only read exports of layers listed before it. */
public final class Layers {

    public static final List<Layer> ALL = List.of(
            new StateLayer(),
            new NetworkLayer());

    private Layers() {
    }
}
