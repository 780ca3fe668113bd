package io.github.flymachines.surface;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.FlyMachines;
import io.github.flymachines.api.VolumeClient;
import io.github.flymachines.errors.CapacityException;
import io.github.flymachines.errors.FlyValidationException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.model.CreateVolumeRequest;
import io.github.flymachines.model.ExtendVolumeResult;
import io.github.flymachines.model.Guest;
import io.github.flymachines.model.HostStatus;
import io.github.flymachines.model.UpdateVolumeRequest;
import io.github.flymachines.model.Volume;
import io.github.flymachines.model.VolumeSnapshot;
import io.github.flymachines.model.VolumeState;
import io.github.flymachines.retry.RetryPolicy;
import io.github.flymachines.support.Stubs;
import io.github.flymachines.support.WireTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Volumes on the wire: every operation, validation before sending, error mapping, async twins. */
class VolumesWireTest extends WireTest {
    static final String BASE = "/v1/apps/my-app/volumes";
    static final String VOL = "vol_4wky2v5pj0zv9jgd";

    static String volume(String id, String state, int size) {
        return "{\"id\":\"" + id + "\",\"name\":\"data\",\"state\":\"" + state + "\",\"size_gb\":" + size
                + ",\"region\":\"ord\",\"zone\":\"a1b2\",\"encrypted\":true,\"attached_machine_id\":null,"
                + "\"created_at\":\"2026-11-01T10:00:00Z\",\"snapshot_retention\":5,\"auto_backup_enabled\":true,"
                + "\"host_status\":\"ok\",\"fstype\":\"ext4\",\"type\":\"local\",\"block_size\":4096,"
                + "\"blocks\":2580302,\"blocks_free\":2580000,\"blocks_avail\":2450000,\"bytes_total\":10568916992,"
                + "\"bytes_used\":1236992,\"future_field\":{\"x\":1}}";
    }

    @Test
    void listParsesVolumesAndSendsSummary() {
        wm.stubFor(get(urlEqualTo(BASE + "?summary=true")).willReturn(okJson("[" + volume(VOL, "created", 10) + ","
                + volume("vol_2", "weird_new_state", 3) + "]")));
        List<Volume> all = fly.app("my-app").volumes().list(true);
        assertEquals(2, all.size());
        Volume v = all.get(0);
        assertEquals(VOL, v.id());
        assertEquals(VolumeState.CREATED, v.state());
        assertEquals(10, v.sizeGb());
        assertEquals(HostStatus.OK, v.hostStatus());
        assertEquals(10568916992L, v.bytesTotal());
        assertTrue(v.extra().containsKey("future_field"));
        assertFalse(all.get(1).state().isKnown());
        assertEquals("weird_new_state", all.get(1).state().value());
    }

    @Test
    void createSendsEveryFieldAndParsesTheVolume() {
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(okJson(volume(VOL, "creating", 10))));
        Volume v = fly.app("my-app").volumes().create(CreateVolumeRequest.builder().name("data").region("ord")
                .sizeGb(10).encrypted(true).fstype("ext4").requireUniqueZone(false).snapshotRetention(14)
                .autoBackupEnabled(false).compute(Guest.shared(1, 512)).computeImage("nginx:1.27").build());
        assertEquals(VolumeState.CREATED.value(), "created");
        assertEquals(VolumeState.CREATING, v.state());
        wm.verify(postRequestedFor(urlEqualTo(BASE)).withRequestBody(equalToJson("{\"name\":\"data\",\"region\":\"ord\","
                + "\"size_gb\":10,\"encrypted\":true,\"fstype\":\"ext4\",\"require_unique_zone\":false,"
                + "\"snapshot_retention\":14,\"auto_backup_enabled\":false,"
                + "\"compute\":{\"cpu_kind\":\"shared\",\"cpus\":1,\"memory_mb\":512},\"compute_image\":\"nginx:1.27\"}")));
    }

    @Test
    void forkFromSourceVolumeOrSnapshotNeedsNoSize() {
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(okJson(volume("vol_fork", "hydrating", 10))));
        fly.app("my-app").volumes().create(CreateVolumeRequest.builder().name("data").sourceVolumeId(VOL).build());
        fly.app("my-app").volumes().create(CreateVolumeRequest.builder().name("data").region("ord")
                .snapshotId("vs_123").build());
        wm.verify(postRequestedFor(urlEqualTo(BASE)).withRequestBody(equalToJson(
                "{\"name\":\"data\",\"source_volume_id\":\"" + VOL + "\"}")));
        wm.verify(postRequestedFor(urlEqualTo(BASE)).withRequestBody(equalToJson(
                "{\"name\":\"data\",\"region\":\"ord\",\"snapshot_id\":\"vs_123\"}")));
    }

    @Test
    void badCreatesAreRefusedBeforeAnyRequestNamingEveryField() {
        FlyValidationException e = assertThrows(FlyValidationException.class, () -> fly.app("my-app").volumes()
                .create(CreateVolumeRequest.builder().name("Data-1").snapshotId("vs_1").sourceVolumeId(VOL)
                        .snapshotRetention(61).sizeGb(0).fstype("xfs").build()));
        List<String> fields = e.problems().stream().map(FlyValidationException.Problem::field).toList();
        assertEquals(List.of("name", "size_gb", "snapshot_id", "snapshot_retention", "fstype"), fields);
        FlyValidationException noRegion = assertThrows(FlyValidationException.class, () -> fly.app("my-app").volumes()
                .create(CreateVolumeRequest.builder().name("data").sizeGb(1).build()));
        assertEquals("region", noRegion.field());
        FlyValidationException noSize = assertThrows(FlyValidationException.class, () -> fly.app("my-app").volumes()
                .create(CreateVolumeRequest.builder().name("data").region("ord").build()));
        assertEquals("size_gb", noSize.field());
        assertThrows(FlyValidationException.class, () -> fly.app("my-app").volume(VOL).update(UpdateVolumeRequest.of(null, null)));
        assertEquals("snapshot_retention", assertThrows(FlyValidationException.class,
                () -> fly.app("my-app").volume(VOL).update(UpdateVolumeRequest.of(0, null))).field());
        assertEquals("size_gb", assertThrows(FlyValidationException.class,
                () -> fly.app("my-app").volume(VOL).extend(0)).field());
        assertEquals("volume_id", assertThrows(FlyValidationException.class,
                () -> fly.app("my-app").volume("../machines")).field());
        assertEquals(0, wm.getAllServeEvents().size());
    }

    @Test
    void asyncValidationFailsTheFutureInsteadOfThrowing() {
        CompletableFuture<Volume> f = fly.app("my-app").volumes().createAsync(CreateVolumeRequest.builder().build());
        ExecutionException e = assertThrows(ExecutionException.class, f::get);
        assertInstanceOf(FlyValidationException.class, e.getCause());
        assertEquals(0, wm.getAllServeEvents().size());
    }

    @Test
    void getUpdateDeleteOnOneVolume() throws Exception {
        String path = BASE + "/" + VOL;
        wm.stubFor(get(urlEqualTo(path)).willReturn(okJson(volume(VOL, "created", 10))));
        wm.stubFor(put(urlEqualTo(path)).willReturn(okJson(volume(VOL, "created", 10))));
        wm.stubFor(delete(urlEqualTo(path)).willReturn(okJson(volume(VOL, "destroyed", 10))));
        VolumeClient v = fly.app("my-app").volume(VOL);
        assertEquals(VOL, v.get().id());
        assertEquals(VOL, v.getAsync().get().id());
        v.update(UpdateVolumeRequest.of(30, true));
        wm.verify(putRequestedFor(urlEqualTo(path)).withRequestBody(equalToJson(
                "{\"snapshot_retention\":30,\"auto_backup_enabled\":true}")));
        assertEquals(VolumeState.DESTROYED, v.delete().state());
    }

    @Test
    void extendReturnsNeedsRestart() throws Exception {
        wm.stubFor(put(urlEqualTo(BASE + "/" + VOL + "/extend")).willReturn(okJson(
                "{\"needs_restart\":true,\"volume\":" + volume(VOL, "extending", 20) + "}")));
        ExtendVolumeResult r = fly.app("my-app").volume(VOL).extend(20);
        assertTrue(r.restartNeeded());
        assertEquals(20, r.volume().sizeGb());
        wm.verify(putRequestedFor(urlEqualTo(BASE + "/" + VOL + "/extend")).withRequestBody(equalToJson("{\"size_gb\":20}")));
        assertTrue(fly.app("my-app").volume(VOL).extendAsync(20).get().restartNeeded());
    }

    @Test
    void snapshotsListAndCreate() {
        String path = BASE + "/" + VOL + "/snapshots";
        wm.stubFor(get(urlEqualTo(path)).willReturn(okJson("[{\"id\":\"vs_1\",\"size\":1234,\"volume_size\":10737418240,"
                + "\"digest\":\"abc\",\"created_at\":\"2026-11-02T00:00:00Z\",\"status\":\"created\",\"retention_days\":5}]")));
        wm.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        List<VolumeSnapshot> snaps = fly.app("my-app").volume(VOL).snapshots();
        assertEquals(1, snaps.size());
        assertEquals(5, snaps.get(0).retentionDays());
        assertEquals(10737418240L, snaps.get(0).volumeSize());
        fly.app("my-app").volume(VOL).createSnapshot();
        wm.verify(1, postRequestedFor(urlEqualTo(path)));
        wm.verify(1, getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void errorsMapToTypedExceptionsInBothForms() {
        wm.stubFor(get(urlEqualTo(BASE + "/vol_gone")).willReturn(Stubs.error(404, "{\"error\":\"volume not found\"}")));
        NotFoundException nf = assertThrows(NotFoundException.class, () -> fly.app("my-app").volume("vol_gone").get());
        assertEquals("volume not found", nf.apiMessage().orElseThrow());
        ExecutionException ee = assertThrows(ExecutionException.class,
                () -> fly.app("my-app").volume("vol_gone").getAsync().get());
        assertInstanceOf(NotFoundException.class, ee.getCause());
    }

    @Test
    void createIsNotRetriedAfterAnAmbiguousFailureButCapacityIsTyped() {
        FlyMachines noRetry = api.clientBuilder().retry(RetryPolicy.none()).build();
        wm.stubFor(post(urlEqualTo(BASE)).willReturn(Stubs.error(422,
                "{\"error\":\"insufficient resources to create volume\",\"status\":\"insufficient_capacity\"}")));
        assertThrows(CapacityException.class, () -> noRetry.app("my-app").volumes().create(
                CreateVolumeRequest.builder().name("data").region("ord").sizeGb(1).build()));
        wm.resetAll();
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502)));
        assertThrows(io.github.flymachines.errors.FlyException.class, () -> fly.app("my-app").volumes().create(
                CreateVolumeRequest.builder().name("data").region("ord").sizeGb(1).build()));
        wm.verify(1, postRequestedFor(urlEqualTo(BASE)));
    }

    @Test
    void deleteToleratesAnEmptyBody() {
        wm.stubFor(delete(urlEqualTo(BASE + "/" + VOL)).willReturn(aResponse().withStatus(200)));
        assertNull(fly.app("my-app").volume(VOL).delete());
    }
}
