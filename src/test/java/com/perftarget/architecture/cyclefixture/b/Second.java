package com.perftarget.architecture.cyclefixture.b;

import com.perftarget.architecture.cyclefixture.a.First;

/** The other half of the deliberate package cycle. */
public class Second {

    First back;
}
