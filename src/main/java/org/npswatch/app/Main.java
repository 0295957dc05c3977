package org.npswatch.app;

public final class Main {
    public static void main(String[] args) {
        System.out.println("npswatch " + Runtime.version());
    }
}
