package com.haevn.tfmodules;

/**
 * A generated module: its folder name, the two files it holds, and its size.
 *
 * @param name      the folder under {@code dist/modules/}
 * @param mainTf    {@code main.tf.json}
 * @param readme    {@code README.md}
 * @param resources the resource blocks it declares (a counted one once)
 * @param outputs   the outputs it declares
 */
public record GeneratedModule(String name, String mainTf, String readme, int resources, int outputs) {
}
