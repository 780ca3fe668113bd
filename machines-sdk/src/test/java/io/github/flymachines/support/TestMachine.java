package io.github.flymachines.support;

/** The app and machine most wire tests talk about, and their paths. */
public final class TestMachine {
    /** The app name. */
    public static final String APP = "my-app";
    /** The machine id. */
    public static final String ID = "3d8d413b29d089";
    /** The path of the app's machines. */
    public static final String BASE = "/v1/apps/my-app/machines";
    /** The path of the machine. */
    public static final String M = BASE + "/" + ID;

    private TestMachine() {
    }
}
