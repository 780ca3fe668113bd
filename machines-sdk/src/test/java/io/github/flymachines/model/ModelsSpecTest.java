package io.github.flymachines.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.flymachines.support.SpecValidator;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks the spec's component schemas against the model records: every {@code @JsonProperty} name
 * of a record exists in its schema, and every property of the schema is modelled, except the
 * documented differences below (each with its reason). A record with JSON names that is neither
 * mapped to a schema nor listed as newer than the spec fails the test, so new models get checked.
 */
class ModelsSpecTest {
    /** Model record -> the spec schema it mirrors. */
    static final Map<Class<?>, String> SCHEMA = new LinkedHashMap<>();

    static {
        SCHEMA.put(App.class, "App");
        SCHEMA.put(Organization.class, "AppOrganizationInfo");
        SCHEMA.put(CreateAppRequest.class, "CreateAppRequest");
        SCHEMA.put(Machine.class, "Machine");
        SCHEMA.put(MachineConfig.class, "fly.MachineConfig");
        SCHEMA.put(Guest.class, "fly.MachineGuest");
        SCHEMA.put(InitConfig.class, "fly.MachineInit");
        SCHEMA.put(MachineService.class, "fly.MachineService");
        SCHEMA.put(ServicePort.class, "fly.MachinePort");
        SCHEMA.put(ServiceCheck.class, "fly.MachineServiceCheck");
        SCHEMA.put(ServiceConcurrency.class, "fly.MachineServiceConcurrency");
        SCHEMA.put(MachineCheck.class, "fly.MachineCheck");
        SCHEMA.put(Mount.class, "fly.MachineMount");
        SCHEMA.put(RestartConfig.class, "fly.MachineRestart");
        SCHEMA.put(ProcessConfig.class, "fly.MachineProcess");
        SCHEMA.put(MachineFile.class, "fly.File");
        SCHEMA.put(DnsConfig.class, "fly.DNSConfig");
        SCHEMA.put(DnsForwardRule.class, "fly.dnsForwardRule");
        SCHEMA.put(DnsOption.class, "fly.dnsOption");
        SCHEMA.put(StopConfig.class, "fly.StopConfig");
        SCHEMA.put(StaticConfig.class, "fly.Static");
        SCHEMA.put(MetricsConfig.class, "fly.MachineMetrics");
        SCHEMA.put(ContainerConfig.class, "fly.ContainerConfig");
        SCHEMA.put(ContainerDependency.class, "fly.ContainerDependency");
        SCHEMA.put(ContainerHealthcheck.class, "fly.ContainerHealthcheck");
        SCHEMA.put(ExecHealthcheck.class, "fly.ExecHealthcheck");
        SCHEMA.put(HttpHealthcheck.class, "fly.HTTPHealthcheck");
        SCHEMA.put(TcpHealthcheck.class, "fly.TCPHealthcheck");
        SCHEMA.put(EnvFrom.class, "fly.EnvFrom");
        SCHEMA.put(SecretRef.class, "fly.MachineSecret");
        SCHEMA.put(RootfsConfig.class, "fly.MachineRootfs");
        SCHEMA.put(CacheDrive.class, "fly.MachineCacheDrive");
        SCHEMA.put(HttpOptions.class, "fly.HTTPOptions");
        SCHEMA.put(HttpResponseOptions.class, "fly.HTTPResponseOptions");
        SCHEMA.put(HttpHeader.class, "fly.MachineHTTPHeader");
        SCHEMA.put(TlsOptions.class, "fly.TLSOptions");
        SCHEMA.put(ProxyProtoOptions.class, "fly.ProxyProtoOptions");
        SCHEMA.put(ReplayCache.class, "fly.ReplayCache");
        SCHEMA.put(CheckStatus.class, "CheckStatus");
        SCHEMA.put(ImageRef.class, "ImageRef");
        SCHEMA.put(MachineEvent.class, "MachineEvent");
        SCHEMA.put(MachineVersion.class, "MachineVersion");
        SCHEMA.put(ProcessStat.class, "ProcessStat");
        SCHEMA.put(ListenSocket.class, "ListenSocket");
        SCHEMA.put(Lease.class, "Lease");
        SCHEMA.put(WaitResult.class, "WaitMachineResponse");
        SCHEMA.put(ExecResult.class, "flydv1.ExecResponse");
        SCHEMA.put(ExecRequest.class, "MachineExecRequest");
        SCHEMA.put(MemoryInfo.class, "main.memoryResponse");
        SCHEMA.put(CreateMachineRequest.class, "CreateMachineRequest");
        SCHEMA.put(UpdateMachineRequest.class, "UpdateMachineRequest");
        SCHEMA.put(StopRequest.class, "StopRequest");
        // the rest of the surface (volumes, secrets, keys, IPs, certificates, tokens, platform, org lists)
        SCHEMA.put(ExtendVolumeResult.class, "ExtendVolumeResponse");
        SCHEMA.put(TokenInfo.class, "main.tokenInfo");
        SCHEMA.put(AppSecret.class, "AppSecret");
        SCHEMA.put(SecretKey.class, "SecretKey");
        SCHEMA.put(GrantedAccess.class, "flyio.Access");
        SCHEMA.put(OwnershipVerification.class, "OwnershipVerification");
        SCHEMA.put(UpdateVolumeRequest.class, "UpdateVolumeRequest");
        SCHEMA.put(VerifiedToken.class, "root.VerifiedToken");
        SCHEMA.put(CertificateSummary.class, "CertificateSummary");
        SCHEMA.put(CertificateValidationError.class, "CertificateValidationError");
        SCHEMA.put(OidcTokenRequest.class, "CreateOIDCTokenRequest");
        SCHEMA.put(AssignIpRequest.class, "assignIPRequest");
        SCHEMA.put(CertificateEntry.class, "CertificateEntry");
        SCHEMA.put(TokenAccess.class, "main.TokenAccess");
        SCHEMA.put(OrgMachine.class, "OrgMachine");
        SCHEMA.put(AcmeChallenge.class, "AcmeChallenge");
        SCHEMA.put(CertificateValidation.class, "CertificateValidation");
        SCHEMA.put(Certificate.class, "CertificateCheckResponse");
        SCHEMA.put(PlacementRequest.class, "main.getPlacementsRequest");
        SCHEMA.put(CustomCertificateRequest.class, "createCustomCertificateRequest");
        SCHEMA.put(TokenAuthorization.class, "authorizeResponse");
        SCHEMA.put(Region.class, "main.regionRow");
        SCHEMA.put(DnsRequirements.class, "DNSRequirements");
        SCHEMA.put(IssuedCertificate.class, "IssuedCertificate");
        SCHEMA.put(Volume.class, "Volume");
        SCHEMA.put(RegionPlacement.class, "placement.RegionPlacement");
        SCHEMA.put(OrgMachineConfig.class, "MachineOverviewConfig");
        SCHEMA.put(Regions.class, "main.regionResponse");
        SCHEMA.put(DnsRecords.class, "DNSRecords");
        SCHEMA.put(VolumeSnapshot.class, "VolumeSnapshot");
        SCHEMA.put(IpAssignment.class, "IPAssignment");
        SCHEMA.put(CreateVolumeRequest.class, "CreateVolumeRequest");
    }

    /** JSON names a record has that its schema in this spec copy lacks, with the reason. */
    static final Map<String, String> SDK_ONLY = Map.ofEntries(
            Map.entry("App.network_cidr", "GET /apps/{app} answers it (reference §2, GO GetApp)"),
            Map.entry("CreateAppRequest.idempotency_key", "in the newer spec (SPEC+, reference §2, §11.3)"),
            Map.entry("CreateAppRequest.app_role_id", "fly-go CreateApp sends it (reference §2)"),
            Map.entry("ContainerConfig.mounts", "containers[].mounts is in fly-go (reference §3)"),
            Map.entry("ExecRequest.machine", "exec's machine flag is in the newer spec (SPEC+, reference §2)"),
            Map.entry("Guest.required_host_features", "newer spec (SPEC+)"),
            Map.entry("Machine.version", "the live Machine carries version (fly-go machine_types.go)"),
            Map.entry("Machine.cordoned", "the live Machine carries cordoned (fly-go machine_types.go)"),
            Map.entry("Machine.containers", "container statuses (fly-go machine_types.go)"),
            Map.entry("Machine.host_features", "fly-go machine_types.go"),
            Map.entry("Machine.lease", "GET with include_leases (SPEC+, reference §2)"),
            Map.entry("MachineConfig.volumes", "config.volumes for containers (fly-go, reference §3)"),
            Map.entry("MachineConfig.spot", "newer spec (SPEC+)"),
            Map.entry("Mount.add_size_percent", "newer spec (SPEC+)"),
            Map.entry("Mount.min_add_size_gb", "newer spec (SPEC+)"),
            Map.entry("SecretKey.version", "one record for the key list and for SetSecretkeyResponse, which has version"),
            Map.entry("Certificate.warning", "one record for check/show/delete: destroyCustomCertificateResponse has warning"),
            Map.entry("Volume.app_name", "one record for app and org-wide lists: OrgVolume has app_name"),
            Map.entry("Volume.updated_at", "one record for app and org-wide lists: OrgVolume has updated_at"),
            Map.entry("Volume.host_dedication_id", "the live Volume carries it (reference section 3, fly-go)"));

    /** Records with JSON names and no schema in this spec copy, with the reason. */
    static final Map<Class<?>, String> NOT_IN_SPEC = Map.of(
            ContainerMount.class, "containers[].mounts (fly-go)",
            ContainerStatus.class, "Machine.containers (fly-go)",
            ContainerVolume.class, "config.volumes (fly-go)",
            TempDir.class, "config.volumes[].temp_dir (fly-go)",
            SpotConfig.class, "config.spot (SPEC+)",
            LeaseInfo.class, "Machine.lease with include_leases (SPEC+)",
            StartResult.class, "the spec answers start with no schema; DOCS/fly-go give these fields (reference §2)",
            EventRequest.class, "MachineEvent.request is an untyped object in the spec; fields from fly-go",
            MonitorEvent.class, "MachineEvent.request.MonitorEvent (fly-go)",
            ExitEvent.class, "MachineEvent.request.exit_event (fly-go)");

    static JsonNode schemas;

    @BeforeAll
    static void loadSpec() throws Exception {
        schemas = new ObjectMapper().readTree(Files.readString(SpecValidator.specPath())).path("components")
                .path("schemas");
    }

    static List<String> jsonNames(Class<?> c) {
        List<String> out = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            JsonProperty p = f.getAnnotation(JsonProperty.class);
            if (p != null && !Modifier.isStatic(f.getModifiers())) {
                out.add(p.value());
            }
        }
        return out;
    }

    static Set<String> specProperties(String schema) {
        JsonNode s = schemas.path(schema);
        assertFalse(s.isMissingNode(), "no schema " + schema + " in the spec");
        Set<String> out = new LinkedHashSet<>();
        Iterator<String> it = s.path("properties").fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void everyJsonNameOfAModelExistsInItsSchemaOrIsDocumented() {
        List<String> problems = new ArrayList<>();
        Set<String> usedDefects = new TreeSet<>();
        for (Map.Entry<Class<?>, String> e : SCHEMA.entrySet()) {
            Class<?> c = e.getKey();
            Set<String> props = specProperties(e.getValue());
            List<String> names = jsonNames(c);
            assertFalse(names.isEmpty(), c + " has no @JsonProperty fields");
            for (String n : names) {
                String key = c.getSimpleName() + "." + n;
                if (props.contains(n)) {
                    if (SDK_ONLY.containsKey(key)) {
                        problems.add(key + " is documented as missing from the spec but the spec has it (stale)");
                    }
                } else if (SDK_ONLY.containsKey(key)) {
                    usedDefects.add(key);
                } else {
                    problems.add(key + " is not a property of " + e.getValue() + " " + props);
                }
            }
        }
        Set<String> stale = new TreeSet<>(SDK_ONLY.keySet());
        stale.removeAll(usedDefects);
        for (String s : stale) {
            problems.add(s + " is documented but no model has it (stale)");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPropertyOfEachSchemaIsModelled() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Class<?>, String> e : SCHEMA.entrySet()) {
            List<String> names = jsonNames(e.getKey());
            for (String p : specProperties(e.getValue())) {
                if (!names.contains(p)) {
                    problems.add(e.getKey().getSimpleName() + " lacks " + e.getValue() + "." + p);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyModelRecordWithJsonNamesIsCheckedOrDocumented() throws URISyntaxException {
        File dir = new File(Machine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        File pkg = new File(dir, Machine.class.getPackageName().replace('.', File.separatorChar));
        File[] files = pkg.listFiles((d, n) -> n.endsWith(".class") && !n.contains("$"));
        assertTrue(files != null && files.length > 20, "cannot list " + pkg);
        List<String> unchecked = new ArrayList<>();
        for (File f : files) {
            String name = Machine.class.getPackageName() + "." + f.getName().replace(".class", "");
            Class<?> c;
            try {
                c = Class.forName(name);
            } catch (ClassNotFoundException ex) {
                throw new AssertionError(ex);
            }
            if (!jsonNames(c).isEmpty() && !SCHEMA.containsKey(c) && !NOT_IN_SPEC.containsKey(c)) {
                unchecked.add(c.getSimpleName() + " " + jsonNames(c));
            }
        }
        assertEquals(List.of(), unchecked, "model records with JSON names not mapped to a spec schema");
        for (Class<?> c : NOT_IN_SPEC.keySet()) {
            assertFalse(jsonNames(c).isEmpty(), c + " is listed as not in the spec but has no JSON names");
        }
    }

    @Test
    void everyResponseModelKeepsUnknownFieldsAndWritesThemBack() throws Exception {
        ObjectMapper om = io.github.flymachines.internal.json.Json.mapper();
        List<String> problems = new ArrayList<>();
        List<Class<?>> all = new ArrayList<>(SCHEMA.keySet());
        all.addAll(NOT_IN_SPEC.keySet());
        for (Class<?> c : all) {
            String json = "{\"zz_future_field\":{\"a\":[1,\"x\",null,true]},\"zz_future_scalar\":7}";
            Object o;
            try {
                o = om.readValue(json, c);
            } catch (Exception e) {
                problems.add(c.getSimpleName() + " does not read unknown fields: " + e);
                continue;
            }
            JsonNode back = om.readTree(om.writeValueAsString(o));
            if (!om.readTree(json).equals(back)) {
                problems.add(c.getSimpleName() + " lost unknown fields: " + back);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
