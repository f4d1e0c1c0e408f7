"""Small reusable widgets: step bar, banners, field picker, progress row, JSON highlighter."""
