package vn.wardqms.service.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cloud.openfeign.FeignClientFactory;
import org.springframework.cloud.openfeign.support.FeignHttpMessageConverters;
import org.springframework.stereotype.Component;

/**
 * spring-cloud-openfeign 5.0.1 builds its message converters lazily and without synchronisation, so the first REST
 * calls made at once from two threads (the event listener and the sweep) can fail with "'messageConverters' must
 * not be empty" (spring-cloud-openfeign issues 1307 and 1371). Building them once at start-up, on one thread,
 * avoids it.
 */
@Component
class FeignConvertersWarmUp implements SmartInitializingSingleton {
    private final ObjectProvider<FeignHttpMessageConverters> converters;
    private final ObjectProvider<FeignClientFactory> clients;

    FeignConvertersWarmUp(ObjectProvider<FeignHttpMessageConverters> converters, ObjectProvider<FeignClientFactory> clients) {
        this.converters = converters;
        this.clients = clients;
    }

    @Override
    public void afterSingletonsInstantiated() {
        converters.stream().forEach(FeignHttpMessageConverters::getConverters);
        // Each client (the SDK's and ours) has its own context, and its own converters.
        clients.ifAvailable(factory -> factory.getContextNames().forEach(name ->
                factory.getInstances(name, FeignHttpMessageConverters.class).values().forEach(FeignHttpMessageConverters::getConverters)));
    }
}
