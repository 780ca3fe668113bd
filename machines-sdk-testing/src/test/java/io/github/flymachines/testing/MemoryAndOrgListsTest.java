package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.MachineClient;
import io.github.flymachines.errors.BadRequestException;
import io.github.flymachines.errors.PreconditionFailedException;
import io.github.flymachines.model.CreateMachineRequest;
import io.github.flymachines.model.CreateVolumeRequest;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.Machine;
import io.github.flymachines.model.MachineConfig;
import io.github.flymachines.model.MemoryInfo;
import io.github.flymachines.model.OrgListQuery;
import io.github.flymachines.model.OrgMachine;
import io.github.flymachines.model.Page;
import io.github.flymachines.model.Volume;
import io.github.flymachines.testing.support.Raw;
import io.github.flymachines.testing.support.SpecAudit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The memory balloon, and the organization-wide machine and volume lists paged by cursor. */
class MemoryAndOrgListsTest {
    @RegisterExtension
    static FakeFlyExtension fly = FakeFlyExtension.create(b -> b.orgListPageSize(3));
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final AfterEachCallback audit = SpecAudit.afterEach(fly);

    @Test
    void memoryLimitAndReclaimStayWithinTheGuestsMemory() throws Exception {
        FakeFly fake = fly.fake();
        fake.createApp("mem");
        FlyMachines client = fly.client();
        Machine m = client.app("mem").machines().create(CreateMachineRequest.of(MachineConfig.builder().image("alpine")
                .guest(Guest.builder().cpuKind(io.github.flymachines.model.CpuKind.SHARED).cpus(1).memoryMb(1024).build())
                .build()));
        fake.settle();
        MachineClient mc = client.app("mem").machines().withId(m.id());
        MemoryInfo full = mc.memory();
        assertEquals(1024, full.limitMb());
        assertEquals(768, full.availableMb(), "a quarter is the guest's working set");
        MemoryInfo set = mc.setMemoryLimit(512);
        assertEquals(512, set.limitMb());
        assertEquals(256, set.availableMb());
        assertThrows(BadRequestException.class, () -> mc.setMemoryLimit(2048), "above the guest's memory");
        assertThrows(BadRequestException.class, () -> mc.setMemoryLimit(100), "below the working set");
        assertEquals(200, mc.reclaimMemory(200));
        assertEquals(312, mc.memory().limitMb());
        assertEquals(56, mc.reclaimMemory(1000), "only what the guest can spare");
        assertEquals(0, mc.memory().availableMb());
        // raw; then a restart boots with the full memory again
        JsonNode raw = JSON.readTree(Raw.send(fake, "GET", "/v1/apps/mem/machines/" + m.id() + "/memory", null).body());
        assertEquals(256, raw.path("limit_mb").asInt());
        assertEquals(400, Raw.send(fake, "POST", "/v1/apps/mem/machines/" + m.id() + "/memory/reclaim",
                "{\"amount_mb\":0}").statusCode());
        mc.stop();
        fake.settle();
        assertThrows(PreconditionFailedException.class, mc::memory, "the balloon needs a running VM");
        mc.start();
        fake.settle();
        assertEquals(1024, mc.memory().limitMb());
    }

    @Test
    void orgListsPageAcrossAppsOldestUpdateFirst() throws Exception {
        FakeFly fake = fly.fake();
        fake.createApp("org-a");
        fake.createApp("org-b");
        FlyMachines client = fly.client();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String app = i % 2 == 0 ? "org-a" : "org-b";
            created.add(client.app(app).machines().create(CreateMachineRequest.of(MachineConfig.builder().image("alpine")
                    .build()).withRegion(i < 4 ? "iad" : "lhr")).id());
            fake.clock().advance(Duration.ofSeconds(1));
        }
        fake.settle();
        // every machine once, across pages of three (the fake's page size), in updated_at order
        List<String> seen = new ArrayList<>();
        int pages = 0;
        for (Page<OrgMachine> p : client.org("personal").machines(OrgListQuery.ALL).pages()) {
            pages++;
            assertTrue(p.items().size() <= 3);
            p.items().forEach(om -> seen.add(om.id()));
        }
        assertTrue(pages >= 3, "pages: " + pages);
        assertEquals(seen.size(), new java.util.HashSet<>(seen).size(), "no machine twice");
        assertTrue(seen.containsAll(created));
        List<String> mine = seen.stream().filter(created::contains).toList();
        assertEquals(created, mine, "created one second apart: oldest update first");
        assertEquals(List.of(created.get(4), created.get(5), created.get(6)), client.org("personal")
                .machines(OrgListQuery.ALL.withRegion("lhr")).stream().map(OrgMachine::id).toList());
        assertEquals(2, client.org("personal").machinesPage(OrgListQuery.ALL.withPageSize(2), null).items().size());

        // a change moves a machine to the end
        client.app("org-a").machines().withId(created.get(0)).stop();
        fake.settle();
        List<String> after = client.org("personal").machines(OrgListQuery.ALL).stream().map(OrgMachine::id).toList();
        assertEquals(created.get(0), after.get(after.size() - 1));

        // raw: the cursor chain ends without next_cursor; other orgs are empty
        JsonNode p1 = JSON.readTree(Raw.send(fake, "GET", "/v1/orgs/personal/machines?summary=true&region=lhr&limit=2",
                null).body());
        assertEquals(2, p1.path("machines").size());
        assertFalse(p1.path("machines").get(0).has("config"));
        assertEquals(p1.path("machines").get(1).path("id").asText(), p1.path("last_machine_id").asText());
        JsonNode p2 = JSON.readTree(Raw.send(fake, "GET", "/v1/orgs/personal/machines?region=lhr&limit=2&cursor="
                + p1.path("next_cursor").asText(), null).body());
        assertEquals(1, p2.path("machines").size());
        assertEquals("org-a", p2.path("machines").get(0).path("app_name").asText());
        assertFalse(p2.has("next_cursor"));
        assertEquals(0, JSON.readTree(Raw.send(fake, "GET", "/v1/orgs/elsewhere/machines", null).body())
                .path("machines").size());
        assertEquals(400, Raw.send(fake, "GET", "/v1/orgs/personal/machines?cursor=@@", null).statusCode());
    }

    @Test
    void orgVolumesPage() {
        FakeFly fake = fly.fake();
        fake.createApp("orgvol");
        FlyMachines client = fly.client();
        for (int i = 0; i < 5; i++) {
            client.app("orgvol").volumes().create(CreateVolumeRequest.builder().name("data").region("iad").sizeGb(1)
                    .build());
            fake.clock().advance(Duration.ofSeconds(1));
        }
        List<Volume> all = client.org("personal").volumes(OrgListQuery.ALL).stream()
                .filter(v -> v.id().startsWith("vol_")).toList();
        assertTrue(all.size() >= 5);
        int pages = 0;
        for (Page<Volume> p : client.org("personal").volumes(OrgListQuery.ALL).pages()) {
            pages++;
            assertTrue(p.items().size() <= 3);
        }
        assertTrue(pages >= 2);
    }
}
