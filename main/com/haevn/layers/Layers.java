package com.haevn.layers;

import com.haevn.environment.EnvironmentLoader;
import com.haevn.environment.Environments;
import com.haevn.environment.SettingsSection;
import com.haevn.layers.addons.AddonsLayer;
import com.haevn.layers.alerts.AlertsLayer;
import com.haevn.layers.async.AsyncLayer;
import com.haevn.layers.cache.CacheLayer;
import com.haevn.layers.certificates.CertificatesLayer;
import com.haevn.layers.costs.CostsLayer;
import com.haevn.layers.data.DataLayer;
import com.haevn.layers.dr.DrLayer;
import com.haevn.layers.frontdoor.FrontdoorLayer;
import com.haevn.layers.network.NetworkLayer;
import com.haevn.layers.objects.ObjectsLayer;
import com.haevn.layers.peering.PeeringLayer;
import com.haevn.layers.runtime.RuntimeLayer;
import com.haevn.layers.secrets.SecretsLayer;
import com.haevn.layers.state.StateLayer;
import com.haevn.layers.traffic.TrafficLayer;
import com.haevn.layers.zone.ZoneLayer;
import com.haevn.stacks.Layer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The registered layers, in dependency order: a layer may only import exports of layers listed before it. */
public final class Layers {

    public static final List<Layer> ALL = List.of(
            new StateLayer(),
            new NetworkLayer(),
            new AlertsLayer(),
            new CostsLayer(),
            new RuntimeLayer(),
            new PeeringLayer(),
            new CertificatesLayer(),
            new ZoneLayer(),
            new FrontdoorLayer(),
            new TrafficLayer(),
            new AsyncLayer(),
            new SecretsLayer(),
            new ObjectsLayer(),
            new CacheLayer(),
            new DataLayer(),
            new DrLayer(),
            new AddonsLayer());

    private Layers() {
    }

    /**
     * Loads the environment files of {@code directory} with the sections of every registered layer.
     *
     * @throws com.haevn.environment.ConfigurationException listing every problem found
     */
    public static Environments environments(Path directory) {
        return EnvironmentLoader.load(directory, sections(ALL));
    }

    /** The environment-file sections of the given layers, in their order. */
    public static List<SettingsSection<?>> sections(List<Layer> layers) {
        return layers.stream().map(Layer::settings).flatMap(Optional::stream).toList();
    }
}
