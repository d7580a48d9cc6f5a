package vn.wardqms.service.provisioning;

import java.time.Clock;

import org.alfresco.core.handler.GroupsApi;
import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.handler.SitesApi;
import org.springframework.boot.ApplicationRunner;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.wardqms.service.config.QmsProperties;
import vn.wardqms.service.provisioning.rules.RulesApi;

@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = RulesApi.class)
public class ProvisioningConfiguration {

    @Bean
    ProvisioningRepository provisioningRepository(SitesApi sites, GroupsApi groups, NodesApi nodes, RulesApi rules) {
        return new SdkProvisioningRepository(sites, groups, nodes, rules);
    }

    @Bean
    ProvisioningService provisioningService(QmsProperties properties, ProvisioningRepository repository, Clock clock) {
        return new ProvisioningService(properties, new Provisioner(repository), clock);
    }

    /** ward-qms.provision-on-startup=true: provision before anything else runs (the command does it on its own). */
    @Bean
    ApplicationRunner provisionOnStartup(QmsProperties properties, ProvisioningService service) {
        return args -> {
            if (properties.provisionOnStartup() && !args.getNonOptionArgs().contains(ProvisioningService.COMMAND)) {
                service.provision();
            }
        };
    }
}
