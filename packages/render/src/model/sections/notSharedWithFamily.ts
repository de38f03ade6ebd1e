/** The notice a family copy shows in place of a section the family does not receive. */
export const NOT_SHARED_WITH_FAMILY = 'This part of the minutes is not shared with the family.';
