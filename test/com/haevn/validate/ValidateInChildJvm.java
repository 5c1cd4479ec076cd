package com.haevn.validate;

import java.nio.file.Path;
import java.util.List;

/** Run by {@link IndependenceTest} in a child JVM: validates the given paths and reports what happened. */
public final class ValidateInChildJvm {

    private ValidateInChildJvm() {
    }

    public static void main(String[] args) {
        ValidationResult result = new Validator().validate(List.of(args).stream().map(Path::of).toList());
        long children = ProcessHandle.current().descendants().count();
        // a resource lookup finds the class file without loading the class
        boolean cdktfPresent = ClassLoader.getSystemResource("com/hashicorp/cdktf/App.class") != null;
        System.out.println("cdktf on class path: " + cdktfPresent);
        System.out.println("validated " + result.files().size() + " file(s), exit " + result.exitCode()
                + ", child processes " + children);
    }
}
