package io.github.flymachines.surface;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.OrgClient;
import io.github.flymachines.api.Paginated;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.ForbiddenException;
import io.github.flymachines.errors.ServerErrorException;
import io.github.flymachines.model.MachineState;
import io.github.flymachines.model.OrgListQuery;
import io.github.flymachines.model.OrgMachine;
import io.github.flymachines.model.Page;
import io.github.flymachines.model.Volume;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.WireTest;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Organization-wide machine and volume lists: lazy cursor pagination, empty pages, error regions. */
class OrgListsWireTest extends WireTest {
    static final String MACHINES = "/v1/orgs/my-org/machines";
    static final String VOLUMES = "/v1/orgs/my-org/volumes";

    static String m(String id, String app) {
        return "{\"id\":\"" + id + "\",\"name\":\"n-" + id + "\",\"app_name\":\"" + app + "\",\"state\":\"started\","
                + "\"region\":\"ord\",\"version\":\"01J0\",\"private_ip\":\"fdaa::1\",\"updated_at\":\"2026-11-20T00:00:00Z\","
                + "\"config\":{\"image\":\"nginx\",\"guest\":{\"cpu_kind\":\"shared\",\"cpus\":1,\"memory_mb\":256},"
                + "\"metadata\":{\"fly_process_group\":\"app\"}}}";
    }

    @Test
    void machinesIterateAcrossPagesIncludingAnEmptyOneFetchingOnDemand() {
        String q = "?include_deleted=false&region=ord&state=started,stopped&summary=true"
                + "&updated_after=2026-11-01T12%3A00%3A00Z";
        wm.stubFor(get(urlEqualTo(MACHINES + q + "&limit=2")).willReturn(okJson("{\"machines\":[" + m("m1", "a") + ","
                + m("m2", "b") + "],\"next_cursor\":\"c1\",\"last_machine_id\":\"m2\"}")));
        wm.stubFor(get(urlEqualTo(MACHINES + q + "&cursor=c1&limit=2")).willReturn(okJson(
                "{\"machines\":[],\"next_cursor\":\"c2\",\"error_regions\":[\"syd\"]}")));
        wm.stubFor(get(urlEqualTo(MACHINES + q + "&cursor=c2&limit=2")).willReturn(okJson("{\"machines\":["
                + m("m3", "a") + "," + m("m4", "a") + "," + m("m5", "c") + "]}")));

        OrgListQuery query = OrgListQuery.ALL.withIncludeDeleted(false).withRegion("ord").withStates("started", "stopped")
                .withSummary(true).withUpdatedAfter(Instant.parse("2026-11-01T12:00:00Z")).withPageSize(2);
        Paginated<OrgMachine> all = fly.org("my-org").machines(query);
        assertEquals(0, wm.getAllServeEvents().size(), "lazy");
        Iterator<OrgMachine> it = all.iterator();
        OrgMachine first = it.next();
        assertEquals("m1", first.id());
        assertEquals("a", first.appName());
        assertEquals(MachineState.STARTED, first.state());
        assertEquals("app", first.config().metadata().get("fly_process_group"));
        assertEquals(256, first.config().guest().memoryMb());
        assertEquals(1, wm.getAllServeEvents().size());
        assertEquals("m2", it.next().id());
        assertEquals("m3", it.next().id(), "skips the empty page");
        assertEquals(3, wm.getAllServeEvents().size());

        assertEquals(List.of("m1", "m2", "m3", "m4", "m5"), all.stream().map(OrgMachine::id).toList(),
                "the advisory limit is not trusted: the last page has 3");
        assertEquals("m1,m2", all.stream().limit(2).map(OrgMachine::id).collect(Collectors.joining(",")));

        List<Page<OrgMachine>> pages = new java.util.ArrayList<>();
        all.pages().forEach(pages::add);
        assertEquals(3, pages.size());
        assertTrue(pages.get(1).items().isEmpty());
        assertEquals(List.of("syd"), pages.get(1).errorRegions());
        assertFalse(pages.get(2).hasNext());
    }

    @Test
    void asyncPagesAreDrivenByTheCaller() throws Exception {
        wm.stubFor(get(urlEqualTo(MACHINES)).willReturn(okJson("{\"machines\":[" + m("m1", "a") + "],\"next_cursor\":\"c1\"}")));
        wm.stubFor(get(urlEqualTo(MACHINES + "?cursor=c1")).willReturn(okJson("{\"machines\":[],\"next_cursor\":null}")));
        OrgClient org = fly.org("my-org");
        Page<OrgMachine> p1 = org.machinesPageAsync(OrgListQuery.ALL, null).get();
        assertEquals("c1", p1.nextCursor());
        Page<OrgMachine> p2 = org.machinesPageAsync(OrgListQuery.ALL, p1.nextCursor()).get();
        assertTrue(p2.items().isEmpty());
        assertNull(p2.nextCursor());
        assertEquals(1, org.machinesPage(OrgListQuery.ALL, null).items().size());
    }

    @Test
    void anEmptyFirstPageEndsTheList() {
        wm.stubFor(get(urlEqualTo(VOLUMES)).willReturn(okJson("{\"volumes\":[]}")));
        assertEquals(0, fly.org("my-org").volumes(OrgListQuery.ALL).stream().count());
        wm.verify(1, getRequestedFor(urlPathEqualTo(VOLUMES)));
    }

    @Test
    void volumesIterateAcrossPagesWithAppNames() throws Exception {
        String vol = "{\"id\":\"vol_1\",\"name\":\"data\",\"app_name\":\"a\",\"state\":\"created\",\"size_gb\":3,"
                + "\"updated_at\":\"2026-11-20T00:00:00Z\"}";
        wm.stubFor(get(urlEqualTo(VOLUMES + "?limit=1000")).willReturn(okJson("{\"volumes\":[" + vol
                + "],\"next_cursor\":\"v1\",\"last_volume_id\":\"vol_1\"}")));
        wm.stubFor(get(urlEqualTo(VOLUMES + "?cursor=v1&limit=1000")).willReturn(okJson("{\"volumes\":[" + vol.replace("vol_1", "vol_2")
                + "],\"next_cursor\":\"\"}")));
        List<Volume> vols = fly.org("my-org").volumes(OrgListQuery.ALL.withPageSize(OrgClient.MAX_PAGE_SIZE)).stream().toList();
        assertEquals(List.of("vol_1", "vol_2"), vols.stream().map(Volume::id).toList());
        assertEquals("a", vols.get(0).appName());
        assertEquals(Instant.parse("2026-11-20T00:00:00Z"), vols.get(0).updatedAt());
        assertEquals("v1", fly.org("my-org").volumesPageAsync(OrgListQuery.ALL.withPageSize(1000), null).get().nextCursor());
    }

    @Test
    void errorsMidIterationSurfaceAsTypedExceptions() {
        FlyMachines noRetry = api.clientBuilder().retry(RetryPolicy.none()).build();
        wm.stubFor(get(urlEqualTo(MACHINES)).willReturn(okJson("{\"machines\":[" + m("m1", "a") + "],\"next_cursor\":\"c1\"}")));
        wm.stubFor(get(urlEqualTo(MACHINES + "?cursor=c1")).willReturn(Stubs.error(500, "{\"error\":\"boom\"}")));
        Iterator<OrgMachine> it = noRetry.org("my-org").machines(OrgListQuery.ALL).iterator();
        assertEquals("m1", it.next().id());
        assertThrows(ServerErrorException.class, it::hasNext);
        wm.stubFor(get(urlPathEqualTo(VOLUMES)).willReturn(Stubs.error(403, "{\"error\":\"forbidden\"}")));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> noRetry.org("my-org").volumesPageAsync(OrgListQuery.ALL, null).get());
        assertInstanceOf(ForbiddenException.class, e.getCause());
    }

    @Test
    void badQueriesAreRefusedBeforeSending() throws Exception {
        assertEquals("limit", assertThrows(FlyValidationException.class,
                () -> fly.org("my-org").machines(OrgListQuery.ALL.withPageSize(0))).field());
        assertEquals("limit", assertThrows(FlyValidationException.class,
                () -> fly.org("my-org").volumes(OrgListQuery.ALL.withPageSize(1001))).field());
        assertEquals("state[0]", assertThrows(FlyValidationException.class,
                () -> fly.org("my-org").machines(OrgListQuery.ALL.withStates("started,stopped"))).field());
        assertEquals("query", assertThrows(FlyValidationException.class, () -> fly.org("my-org").machines(null)).field());
        assertEquals("org_slug", assertThrows(FlyValidationException.class, () -> fly.org("a/b")).field());
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> fly.org("my-org").machinesPageAsync(OrgListQuery.ALL.withRegion("Bad Region"), null).get());
        assertInstanceOf(FlyValidationException.class, e.getCause());
        assertEquals(0, wm.getAllServeEvents().size());
    }
}
