package com.perftarget.architecture.cyclefixture.a;

import com.perftarget.architecture.cyclefixture.b.Second;

/** Half of a deliberate package cycle, for proving that the cycle rule can fail. */
public class First {

    Second next;
}
