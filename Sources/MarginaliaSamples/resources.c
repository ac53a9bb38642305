/* A C target only so that SwiftPM copies Articles/ beside the executable
   (Marginalia_MarginaliaSamples.resources) without a Swift resource accessor, which would link
   Foundation's Bundle and with it ICU (see Themes/resources.c). BundledSamples finds the folder. */
int marginalia_samples_resources;
